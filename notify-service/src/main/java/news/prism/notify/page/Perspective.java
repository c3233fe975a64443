package news.prism.notify.page;

/** One stakeholder group of the page's perspective bar: its name and whole-percent share of the coverage. */
public record Perspective(String name, int share) {
}
