package news.prism.notify.notice;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import news.prism.notify.mail.MailType;
import news.prism.notify.mail.ReaderMails;
import news.prism.notify.token.TokenStore;

/** The dispatcher's mail types for the two kinds of notice. */
@Factory
class NoticeMailTypes {

    @Singleton
    @Named("correction")
    MailType corrections(NoticeStore store, ReaderMails readerMails, TokenStore tokens) {
        return new NoticeMails(NoticeKind.CORRECTION, store, readerMails, tokens);
    }

    @Singleton
    @Named("retraction")
    MailType retractions(NoticeStore store, ReaderMails readerMails, TokenStore tokens) {
        return new NoticeMails(NoticeKind.RETRACTION, store, readerMails, tokens);
    }
}
