package news.prism.notify.token;

/** What a link in a mail lets its holder do. */
public enum TokenPurpose {
    CONFIRM,
    UNSUBSCRIBE
}
