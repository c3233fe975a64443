package news.prism.notify.mail;

import java.util.Map;

/** The headers that let a mail client unsubscribe the reader with one click (RFC 2369 and RFC 8058). */
public final class ListUnsubscribe {

    private ListUnsubscribe() {
    }

    public static Map<String, String> headers(String unsubscribeLink) {
        return Map.of(
                "List-Unsubscribe", "<" + unsubscribeLink + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
