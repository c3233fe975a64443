package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.prism.errors.FieldError;
import news.prism.ingest.body.BodyFormat;
import news.prism.ingest.normalize.InvalidUrlException;
import news.prism.ingest.normalize.LanguageTags;
import news.prism.ingest.normalize.OutletNames;
import news.prism.ingest.normalize.PublishedTimes;
import news.prism.ingest.normalize.TextNormalizer;
import news.prism.ingest.normalize.UrlCanonicalizer;

/**
 * Checks a submission field by field and cleans it in the same pass, so that every broken rule is reported
 * at once and nothing is parsed twice. Optional fields that are blank count as absent.
 */
@Singleton
public class SourceNormalizer {

    private static final String BLANK = "must not be blank";

    private final UrlCanonicalizer urls;
    private final TextNormalizer text;
    private final SourceBodies bodies;
    private final OutletNames outlets;
    private final LanguageTags languages;
    private final PublishedTimes publishedTimes;
    private final SourceLimits limits;

    public SourceNormalizer(UrlCanonicalizer urls, TextNormalizer text, SourceBodies bodies, OutletNames outlets,
                            LanguageTags languages, PublishedTimes publishedTimes, SourceLimits limits) {
        this.urls = urls;
        this.text = text;
        this.bodies = bodies;
        this.outlets = outlets;
        this.languages = languages;
        this.publishedTimes = publishedTimes;
        this.limits = limits;
    }

    public Normalization normalize(SourceSubmission submission, FieldPath path) {
        List<FieldError> errors = new ArrayList<>();
        String canonicalUrl = canonicalUrl(submission.url(), path, errors);
        String title = title(submission.title(), path, errors);
        BodyFormat format = bodyFormat(submission.bodyFormat(), path, errors);
        String body = body(submission.body(), format, path, errors);
        Instant publishedAt = publishedAt(submission.publishedAt(), path, errors);
        String language = language(submission.language(), path, errors);
        String outlet = outlet(submission.outlet(), path, errors);
        guid(submission.guid(), path, errors);
        String byline = byline(submission.byline(), path, errors);
        List<String> subjects = subjects(submission.subjects(), path, errors);
        if (!errors.isEmpty()) {
            return new Normalization.Invalid(errors);
        }
        if (outlet == null) {
            outlet = outlets.fromHost(urls.host(canonicalUrl));
        }
        return new Normalization.Valid(new NormalizedSource(new SourceContent(outlet, submission.url().strip(),
                canonicalUrl, title, body, format, publishedAt, language, bodies.wordCount(body),
                bodies.contentHash(body), byline, subjects), submission.guid()));
    }

    private String canonicalUrl(@Nullable String url, FieldPath path, List<FieldError> errors) {
        try {
            String canonical = urls.canonicalize(url);
            if (canonical.length() > limits.maxUrlLength()) {
                errors.add(path.error("url", "must be at most " + limits.maxUrlLength() + " characters"));
            }
            return canonical;
        } catch (InvalidUrlException e) {
            errors.add(path.error("url", e.getMessage()));
            return null;
        }
    }

    /** A guid is often a URL, and is unique-indexed like one. */
    private void guid(@Nullable SourceGuid guid, FieldPath path, List<FieldError> errors) {
        if (guid != null && guid.value().length() > limits.maxUrlLength()) {
            errors.add(path.error("guid", "must be at most " + limits.maxUrlLength() + " characters"));
        }
    }

    private String title(@Nullable String title, FieldPath path, List<FieldError> errors) {
        String normalized = title == null ? "" : text.normalizeLine(title);
        if (normalized.isEmpty()) {
            errors.add(path.error("title", BLANK));
        } else if (normalized.length() > limits.maxTitleLength()) {
            errors.add(path.error("title", "must be at most " + limits.maxTitleLength() + " characters"));
        }
        return normalized;
    }

    /** @return the outlet as given, or null when none is given and it is to be named after the URL's domain */
    private String outlet(@Nullable String outlet, FieldPath path, List<FieldError> errors) {
        if (isBlank(outlet)) {
            return null;
        }
        String normalized = text.normalizeLine(outlet);
        if (normalized.length() > limits.maxOutletLength()) {
            errors.add(path.error("outlet", "must be at most " + limits.maxOutletLength() + " characters"));
        }
        return normalized;
    }

    private BodyFormat bodyFormat(@Nullable String name, FieldPath path, List<FieldError> errors) {
        if (isBlank(name)) {
            return BodyFormat.TEXT;
        }
        Optional<BodyFormat> format = BodyFormat.parse(name);
        if (format.isEmpty()) {
            errors.add(path.error("bodyFormat", "must be one of " + BodyFormat.names()));
        }
        return format.orElse(null);
    }

    /** The size limit is on what was sent. */
    private String body(@Nullable String body, @Nullable BodyFormat format, FieldPath path, List<FieldError> errors) {
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > limits.maxBodyBytes()) {
            errors.add(path.error("body", "must be at most " + limits.maxBodyBytes() + " bytes of UTF-8"));
            return null;
        }
        if (body == null || body.isBlank()) {
            errors.add(path.error("body", BLANK));
            return null;
        }
        if (format == null) {
            return null;
        }
        String normalized = bodies.plainText(body, format);
        if (normalized.isEmpty()) {
            errors.add(path.error("body", format == BodyFormat.TEXT ? BLANK
                    : "must hold some text once its " + format.label() + " markup is removed"));
        }
        return normalized;
    }

    private Instant publishedAt(@Nullable String publishedAt, FieldPath path, List<FieldError> errors) {
        if (isBlank(publishedAt)) {
            return null;
        }
        Optional<Instant> parsed = publishedTimes.parse(publishedAt);
        if (parsed.isEmpty()) {
            errors.add(path.error("publishedAt",
                    "must be an ISO-8601 date and time with an offset, e.g. 2026-03-01T09:30:00+01:00"));
        }
        return parsed.orElse(null);
    }

    private String language(@Nullable String language, FieldPath path, List<FieldError> errors) {
        if (isBlank(language)) {
            return null;
        }
        Optional<String> canonical = languages.canonical(language);
        if (canonical.isEmpty()) {
            errors.add(path.error("language",
                    "must be a BCP 47 language tag with an ISO 639 language, e.g. en or de-CH"));
        }
        return canonical.orElse(null);
    }

    private String byline(@Nullable String byline, FieldPath path, List<FieldError> errors) {
        String line = isBlank(byline) ? null : text.normalizeLine(byline);
        if (line != null && line.length() > limits.maxBylineLength()) {
            errors.add(path.error("byline", "must be at most " + limits.maxBylineLength() + " characters"));
        }
        return line;
    }

    private List<String> subjects(List<String> subjects, FieldPath path, List<FieldError> errors) {
        List<String> lines = subjects.stream().filter(subject -> !isBlank(subject)).map(text::normalizeLine)
                .distinct().toList();
        if (lines.size() > limits.maxSubjects()) {
            errors.add(path.error("subjects", "must name at most " + limits.maxSubjects() + " subjects"));
        } else if (lines.stream().anyMatch(subject -> subject.length() > limits.maxSubjectLength())) {
            errors.add(path.error("subjects", "must each be at most " + limits.maxSubjectLength() + " characters"));
        }
        return lines;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
