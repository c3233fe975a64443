package news.prism.notify.preferences;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.notify.subscription.Frequency;
import news.prism.notify.subscription.TopicSlugs;
import news.prism.notify.subscription.SubscriptionSettings;

/**
 * Checks changes to a reader's preferences, from JSON or from the preferences page, and names every bad field at
 * once. Whether a topic is one of the reader's own is checked against the database by {@link Preferences}.
 */
@Singleton
class PreferenceRules {

    /** Hours and minutes, as an HTML time input sends them. */
    private static final DateTimeFormatter SEND_TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String FREQUENCIES = Arrays.stream(Frequency.values()).map(Frequency::name)
            .collect(Collectors.joining(", "));

    private final SubscriptionSettings settings;

    PreferenceRules(SubscriptionSettings settings) {
        this.settings = settings;
    }

    PreferenceChanges check(PreferencesUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        Schedule schedule = schedule(update.timeZone(), update.sendTime(), update.weekday(), errors);
        Map<String, Frequency> frequencies = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> keep = null;
        if (update.topics() != null) {
            keep = new LinkedHashSet<>();
            if (update.topics().size() > settings.maxTopics()) {
                errors.add(new FieldError("topics", "must name at most " + settings.maxTopics() + " topics"));
            } else {
                for (int i = 0; i < update.topics().size(); i++) {
                    TopicChoice choice = update.topics().get(i);
                    String field = "topics[" + i + "]";
                    if (choice == null) {
                        errors.add(new FieldError(field, "must be an object with topic and frequency"));
                        continue;
                    }
                    topicChoice(choice.topic(), choice.frequency(), field + ".topic", field + ".frequency",
                            frequencies, fields, errors);
                }
                keep.addAll(frequencies.keySet());
            }
        }
        return changes(schedule, frequencies, fields, keep, errors);
    }

    PreferenceChanges check(PreferencesForm form) {
        List<FieldError> errors = new ArrayList<>();
        Schedule schedule = schedule(form.timeZone(), form.sendTime(), form.weekday(), errors);
        Map<String, Frequency> frequencies = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> topics = form.topic() == null ? List.of() : form.topic();
        List<String> chosen = form.frequency() == null ? List.of() : form.frequency();
        if (topics.size() > settings.maxTopics()) {
            errors.add(new FieldError("topic", "must name at most " + settings.maxTopics() + " topics"));
        } else if (topics.size() != chosen.size()) {
            errors.add(new FieldError("frequency", "must be given once for each topic"));
        } else {
            for (int i = 0; i < topics.size(); i++) {
                topicChoice(topics.get(i), chosen.get(i), "topic[" + i + "]", "frequency[" + i + "]", frequencies,
                        fields, errors);
            }
        }
        return changes(schedule, frequencies, fields, null, errors);
    }

    /** The one topic a "leave" button names. */
    String topicToLeave(PreferencesForm form) {
        List<String> topics = form.topic() == null ? List.of() : form.topic();
        if (topics.size() != 1 || topics.getFirst() == null || !TopicSlugs.isSlug(topics.getFirst())) {
            throw new Invalid("topic", "must name the one topic to leave");
        }
        return topics.getFirst();
    }

    private static PreferenceChanges changes(Schedule schedule, Map<String, Frequency> frequencies,
                                             Map<String, String> fields, @Nullable Set<String> keep,
                                             List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new PreferenceChanges(schedule.zone(), schedule.time(), schedule.weekday(), frequencies, fields,
                keep);
    }

    private static void topicChoice(@Nullable String topic, @Nullable String frequency, String topicField,
                                    String frequencyField, Map<String, Frequency> frequencies,
                                    Map<String, String> fields, List<FieldError> errors) {
        Frequency parsed = frequency(frequency, frequencyField, errors);
        if (topic == null || !TopicSlugs.isSlug(topic)) {
            errors.add(new FieldError(topicField, TopicSlugs.RULE));
        } else if (frequencies.containsKey(topic)) {
            errors.add(new FieldError(topicField, "names a topic given before"));
        } else if (parsed != null) {
            frequencies.put(topic, parsed);
            fields.put(topic, topicField);
        }
    }

    private static @Nullable Frequency frequency(@Nullable String value, String field, List<FieldError> errors) {
        if (value != null) {
            for (Frequency frequency : Frequency.values()) {
                if (frequency.name().equals(value)) {
                    return frequency;
                }
            }
        }
        errors.add(new FieldError(field, "must be one of " + FREQUENCIES));
        return null;
    }

    /** The schedule fields as given (each null when left out), checked. */
    private record Schedule(@Nullable ZoneId zone, @Nullable LocalTime time, @Nullable DayOfWeek weekday) {
    }

    private static Schedule schedule(@Nullable String zone, @Nullable String time, @Nullable String weekday,
                                     List<FieldError> errors) {
        return new Schedule(zone(zone, errors), sendTime(time, errors), weekday(weekday, errors));
    }

    private static @Nullable ZoneId zone(@Nullable String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (ZoneId.getAvailableZoneIds().contains(value)) {
            return ZoneId.of(value);
        }
        errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
        return null;
    }

    private static @Nullable LocalTime sendTime(@Nullable String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value, SEND_TIME);
        } catch (DateTimeException e) {
            errors.add(new FieldError("sendTime", "must be a time of day as HH:mm, 00:00 to 23:59"));
            return null;
        }
    }

    private static @Nullable DayOfWeek weekday(@Nullable String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(value)) {
                return day;
            }
        }
        errors.add(new FieldError("weekday", "must be a day of the week such as MONDAY"));
        return null;
    }
}
