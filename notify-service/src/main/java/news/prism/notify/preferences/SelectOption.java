package news.prism.notify.preferences;

/** A choice in a select box of the preferences page. */
public record SelectOption(String value, String label) {
}
