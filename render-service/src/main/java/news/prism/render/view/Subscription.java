package news.prism.render.view;

/** The subscribe box of pages and topic indexes: posts an e-mail address and the topic to the notify service. */
public record Subscription(String action, String topicSlug, String topicName) {

    public String pitch() {
        return "Get " + topicName + " stories with full source coverage and perspective breakdowns delivered to your inbox";
    }
}
