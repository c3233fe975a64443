package news.prism.notify.digest;

/** One story in a digest: what its page says and how broad its coverage is. */
public record DigestStory(String storyId, String topicName, String headline, String summary, String url, int outlets,
                          int viewpoints) {

    /** "3 outlets · 2 viewpoints". */
    public String coverage() {
        return count(outlets, "outlet", "outlets") + " · " + count(viewpoints, "viewpoint", "viewpoints");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
