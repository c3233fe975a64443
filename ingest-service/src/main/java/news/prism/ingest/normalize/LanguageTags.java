package news.prism.ingest.normalize;

import jakarta.inject.Singleton;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BCP 47 language tags: well-formed, with an ISO 639 primary language (two letters from the ISO 639-1 list, or
 * three letters), returned in canonical case ({@code EN-us} becomes {@code en-US}).
 */
@Singleton
public class LanguageTags {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final int ISO_639_1_LENGTH = 2;
    private static final int ISO_639_2_LENGTH = 3;
    /** RFC 5646 4.4.1: 35 characters hold every tag that is more than a private-use curiosity. */
    private static final int MAX_LENGTH = 35;

    public Optional<String> canonical(String tag) {
        if (tag.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        String language = locale.getLanguage();
        boolean knownLanguage = language.length() == ISO_639_1_LENGTH
                ? ISO_639_1.contains(language)
                : language.length() == ISO_639_2_LENGTH;
        return knownLanguage ? Optional.of(locale.toLanguageTag()) : Optional.empty();
    }
}
