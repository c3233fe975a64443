package news.prism.notify.preferences;

import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import news.prism.notify.subscription.Frequency;
import news.prism.notify.subscription.SubscriberStatus;
import news.prism.notify.subscription.SubscriberStore.TopicStatus;
import news.prism.notify.web.Html;

/** The body of the preferences page: one form for frequencies and schedule, a button per topic and for leaving all. */
@Singleton
class PreferencesPage {

    String body(PreferencesView view, String action, String notice) {
        StringBuilder html = new StringBuilder();
        if (!notice.isEmpty()) {
            html.append("<p role=\"status\">").append(Html.escape(notice)).append("</p>\n");
        }
        html.append("<p>Mail for ").append(Html.escape(view.email())).append(".</p>\n");
        if (view.status() == SubscriberStatus.UNSUBSCRIBED || view.topics().isEmpty()) {
            html.append("<p>You get no mail from Prism. Subscribe again on any story page.</p>\n");
            return html.append(revokeForm(action)).toString();
        }
        html.append("<form method=\"post\" action=\"").append(Html.escape(action)).append("\">\n")
                .append("<input type=\"hidden\" name=\"action\" value=\"save\">\n<table>\n")
                .append("<tr><th>Topic</th><th>How you hear of its stories</th></tr>\n");
        for (TopicPreference topic : view.topics()) {
            html.append("<tr><td>").append(Html.escape(topic.topic()))
                    .append(topic.status() == TopicStatus.PENDING ? " (waiting for your confirmation)" : "")
                    .append("<input type=\"hidden\" name=\"topic\" value=\"").append(Html.escape(topic.topic()))
                    .append("\"></td><td><select name=\"frequency\" aria-label=\"Frequency of ")
                    .append(Html.escape(topic.topic())).append("\">");
            for (Frequency frequency : Frequency.values()) {
                html.append(option(frequency.name(), label(frequency), frequency == topic.frequency()));
            }
            html.append("</select></td></tr>\n");
        }
        html.append("</table>\n")
                .append("<p><label>Your time zone <input name=\"timeZone\" value=\"")
                .append(Html.escape(view.timeZone())).append("\" required></label></p>\n")
                .append("<p><label>Digests go out at <input type=\"time\" name=\"sendTime\" value=\"")
                .append(Html.escape(view.sendTime())).append("\" required></label></p>\n")
                .append("<p><label>Weekly digests on <select name=\"weekday\">");
        for (DayOfWeek day : DayOfWeek.values()) {
            html.append(option(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    day.name().equals(view.weekday())));
        }
        html.append("</select></label></p>\n<button type=\"submit\">Save</button>\n</form>\n");
        for (TopicPreference topic : view.topics()) {
            html.append(button(action, "leave", topic.topic(), "Leave " + topic.topic()));
        }
        return html.append(button(action, "leave-all", null, "Leave all topics and stop all mail"))
                .append(revokeForm(action)).toString();
    }

    private static String revokeForm(String action) {
        return button(action, "revoke", null, "Make every link to this page stop working");
    }

    private static String button(String action, String name, String topic, String label) {
        return "<form method=\"post\" action=\"" + Html.escape(action) + "\">"
                + "<input type=\"hidden\" name=\"action\" value=\"" + name + "\">"
                + (topic == null ? "" : "<input type=\"hidden\" name=\"topic\" value=\"" + Html.escape(topic) + "\">")
                + "<button type=\"submit\">" + Html.escape(label) + "</button></form>\n";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + Html.escape(label)
                + "</option>";
    }

    private static String label(Frequency frequency) {
        return switch (frequency) {
            case EACH_STORY -> "A mail for each story";
            case DAILY -> "A daily digest";
            case WEEKLY -> "A weekly digest";
        };
    }
}
