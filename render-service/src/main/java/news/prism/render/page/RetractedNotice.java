package news.prism.render.page;

import news.prism.render.view.ReaderTime.PublishedTime;

/** The short notice a retracted story's address shows instead of the page. */
public record RetractedNotice(
        String siteName,
        String topicName,
        String topicPath,
        String reason,
        PublishedTime retractedAt,
        String stylesheetPath) {
}
