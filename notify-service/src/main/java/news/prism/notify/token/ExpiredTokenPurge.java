package news.prism.notify.token;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Expired confirmation tokens can never be used again; they are only dead weight. */
@Singleton
class ExpiredTokenPurge {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredTokenPurge.class);

    private final TokenStore tokens;

    ExpiredTokenPurge(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Scheduled(fixedDelay = "${prism.notify.subscriptions.token-purge-interval}",
            initialDelay = "${prism.notify.subscriptions.token-purge-interval}")
    void purge() {
        int purged = tokens.purgeExpired();
        if (purged > 0) {
            LOG.info("Purged {} expired token(s)", purged);
        }
    }
}
