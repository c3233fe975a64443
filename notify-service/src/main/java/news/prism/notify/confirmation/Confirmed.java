package news.prism.notify.confirmation;

import java.util.List;

/** A confirmed subscriber: the topics they now get, and a new link to their preferences page. */
record Confirmed(List<String> topics, String preferencesLink) {
}
