package news.prism.notify.token;

/** What a link in a mail lets its holder do. */
public enum TokenPurpose {
    CONFIRM,
    UNSUBSCRIBE,
    /** Opens the reader's preferences page: topics, frequency, time zone; leaving one topic or all. */
    PREFERENCES
}
