package news.prism.render.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.prism.events.Source;
import news.prism.events.StoryPublished;

/**
 * The page's schema.org NewsArticle as JSON-LD, for search engines and link previews. The byline is the author (an
 * organisation: bylines name editorial teams), the site the publisher, and the cited sources' web URLs the citations.
 */
final class NewsArticleJsonLd {

    private NewsArticleJsonLd() {
    }

    /** Safe to write as the whole content of a {@code <script type="application/ld+json">} element. */
    static TrustedHtml of(StoryPublished story, String canonicalUrl, String siteName) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", story.getHeadline());
        article.put("description", story.getDek());
        article.put("datePublished", ReaderTime.iso(story.getFirstPublishedAt()));
        article.put("dateModified", ReaderTime.iso(story.getPublishedAt()));
        article.put("author", typed("Organization", "name", story.getByline()));
        article.put("publisher", typed("Organization", "name", siteName));
        article.put("mainEntityOfPage", typed("WebPage", "@id", canonicalUrl));
        article.put("url", canonicalUrl);
        article.put("articleSection", story.getTopic().getName());
        article.put("citation", citations(story.getSources()));
        return new TrustedHtml(ScriptSafeJson.write(article));
    }

    /** A node with its type first, so that the JSON reads the same on every render. */
    private static Map<String, Object> typed(String type, String field, String value) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        node.put(field, value);
        return node;
    }

    private static List<String> citations(List<Source> sources) {
        return sources.stream()
                .map(Source::getUrl)
                .filter(WebLinks::isWebUrl)
                .map(String::strip)
                .distinct()
                .toList();
    }
}
