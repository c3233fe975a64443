package news.prism.notify.preferences;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.prism.notify.subscription.Frequency;
import news.prism.notify.web.Pages;
import news.prism.notify.web.PublicLinks;

/**
 * The preferences page ({@code pages/preferences.jte}): one form for frequencies and schedule, a button per topic,
 * one for leaving all and one for revoking the links. Every form posts back to the link the reader came by.
 */
@Singleton
class PreferencesPage {

    private static final List<SelectOption> FREQUENCIES = Arrays.stream(Frequency.values())
            .map(frequency -> new SelectOption(frequency.name(), label(frequency))).toList();
    private static final List<SelectOption> WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .map(day -> new SelectOption(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))).toList();

    private final Pages pages;
    private final PublicLinks links;

    PreferencesPage(Pages pages, PublicLinks links) {
        this.pages = pages;
        this.links = links;
    }

    HttpResponse<String> respond(String token, PreferencesView view, String notice) {
        return pages.respond(HttpStatus.OK, "preferences", Map.of("view", view,
                "action", links.preferences(token), "notice", notice, "frequencies", FREQUENCIES,
                "weekdays", WEEKDAYS));
    }

    HttpResponse<String> linksRevoked() {
        return pages.respond(HttpStatus.OK, "linksRevoked", Map.of());
    }

    private static String label(Frequency frequency) {
        return switch (frequency) {
            case EACH_STORY -> "A mail for each story";
            case DAILY -> "A daily digest";
            case WEEKLY -> "A weekly digest";
        };
    }
}
