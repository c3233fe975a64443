package news.prism.ingest.ninjs;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import news.prism.errors.FieldError;
import news.prism.ingest.body.BodyFormat;
import news.prism.ingest.normalize.PublishedTimes;
import news.prism.ingest.source.SourceGuid;
import news.prism.ingest.source.SourceSubmission;

/**
 * Reads an IPTC ninjs 2.x text item as a submission:
 * <ul>
 * <li>guid: {@code uri} (required); its versions are told apart by {@code versioncreated};</li>
 * <li>url: the {@code href} of the first {@code text/html} rendition, else {@code uri} (ninjs identifies items by
 * uri, which is only a web address when the publisher makes it one);</li>
 * <li>title: the headline with role {@code main}, else the first; body: an HTML body if there is one (it keeps
 * the structure), else the one with role {@code main}, else the first; its {@code contenttype} gives the format
 * (…html… is html, …markdown… markdown, anything else plain text);</li>
 * <li>published time: {@code firstcreated}, else {@code versioncreated}; outlet: {@code copyrightholder}, else the
 * URL's domain; byline: {@code by}; subjects: each subject's name (else literal, else uri).</li>
 * </ul>
 */
@Singleton
public class NinjsReader {

    private static final String MAIN_ROLE = "main";
    private static final String HTML_RENDITION = "text/html";
    private static final String DATE_TIME_MESSAGE =
            "must be an ISO-8601 date and time with an offset, e.g. 2026-03-01T09:30:00+01:00";

    private final PublishedTimes times;

    public NinjsReader(PublishedTimes times) {
        this.times = times;
    }

    public NinjsSubmission read(NinjsDocument document) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> names = new HashMap<>(Map.of(
                "outlet", "copyrightholder", "language", "language", "byline", "by"));

        Instant versionCreated = null;
        if (!isBlank(document.versioncreated())) {
            versionCreated = times.parse(document.versioncreated()).orElse(null);
            if (versionCreated == null) {
                errors.add(new FieldError("versioncreated", DATE_TIME_MESSAGE));
            }
        }

        String url = document.uri();
        names.put("url", "uri");
        names.put("guid", "uri");
        Optional<Indexed<NinjsDocument.Rendition>> page = first(document.renditions(), rendition ->
                !isBlank(rendition.href()) && lowerCase(rendition.contenttype()).startsWith(HTML_RENDITION));
        if (page.isPresent()) {
            url = page.get().element().href();
            names.put("url", "renditions[" + page.get().index() + "].href");
            if (isBlank(document.uri())) {
                errors.add(new FieldError("uri", "must not be blank"));
            }
        }

        Optional<Indexed<NinjsDocument.Text>> headline = preferred(document.headlines(),
                text -> MAIN_ROLE.equalsIgnoreCase(text.role()));
        names.put("title", headline.map(found -> "headlines[" + found.index() + "].value").orElse("headlines"));

        Optional<Indexed<NinjsDocument.Text>> body = preferred(document.bodies(),
                text -> lowerCase(text.contenttype()).contains("html"),
                text -> MAIN_ROLE.equalsIgnoreCase(text.role()));
        names.put("body", body.map(found -> "bodies[" + found.index() + "].value").orElse("bodies"));
        names.put("bodyFormat", body.map(found -> "bodies[" + found.index() + "].contenttype").orElse("bodies"));

        String publishedAt = null;
        if (!isBlank(document.firstcreated())) {
            publishedAt = document.firstcreated();
            names.put("publishedAt", "firstcreated");
        } else if (versionCreated != null) {
            publishedAt = document.versioncreated();
            names.put("publishedAt", "versioncreated");
        }

        SourceSubmission submission = new SourceSubmission(document.copyrightholder(), url,
                headline.map(found -> found.element().value()).orElse(null),
                body.map(found -> found.element().value()).orElse(null),
                body.map(found -> format(found.element().contenttype()).label()).orElse(null),
                publishedAt, document.language(), document.by(), subjects(document.subjects()),
                isBlank(document.uri()) ? null : SourceGuid.ninjs(document.uri(), versionCreated));
        return new NinjsSubmission(submission, names, errors);
    }

    private static BodyFormat format(@Nullable String contentType) {
        String type = lowerCase(contentType);
        if (type.contains("html")) {
            return BodyFormat.HTML;
        }
        return type.contains("markdown") ? BodyFormat.MARKDOWN : BodyFormat.TEXT;
    }

    private static List<String> subjects(@Nullable List<NinjsDocument.Subject> subjects) {
        if (subjects == null) {
            return List.of();
        }
        return subjects.stream()
                .filter(subject -> subject != null)
                .map(subject -> !isBlank(subject.name()) ? subject.name()
                        : !isBlank(subject.literal()) ? subject.literal() : subject.uri())
                .filter(name -> !isBlank(name))
                .toList();
    }

    /** The first text with a value that meets the first preference, else the next preference, else any. */
    @SafeVarargs
    private static Optional<Indexed<NinjsDocument.Text>> preferred(@Nullable List<NinjsDocument.Text> texts,
                                                                   Predicate<NinjsDocument.Text>... preferences) {
        for (Predicate<NinjsDocument.Text> preference : preferences) {
            Optional<Indexed<NinjsDocument.Text>> found = first(texts,
                    text -> !isBlank(text.value()) && preference.test(text));
            if (found.isPresent()) {
                return found;
            }
        }
        return first(texts, text -> !isBlank(text.value()));
    }

    private static <T> Optional<Indexed<T>> first(@Nullable List<T> elements, Predicate<T> wanted) {
        if (elements == null) {
            return Optional.empty();
        }
        return IntStream.range(0, elements.size())
                .filter(i -> elements.get(i) != null && wanted.test(elements.get(i)))
                .mapToObj(i -> new Indexed<>(i, elements.get(i)))
                .min(Comparator.comparingInt(Indexed::index));
    }

    private static String lowerCase(@Nullable String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private record Indexed<T>(int index, T element) {
    }
}
