package news.prism.ingest.feed;

/** Whether the poller fetches a feed. */
public enum FeedStatus {
    ACTIVE,
    PAUSED
}
