package news.prism.ingest.feed;

import java.io.IOException;
import org.apache.hc.core5.http.HttpEntity;

/** Reads a response body up to a size; past it, stops reading and fails with {@link TooLarge}. */
final class CappedBody {

    private CappedBody() {
    }

    /** @return the whole body, empty when there is none */
    static byte[] read(HttpEntity entity, int maxBytes) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        byte[] body = entity.getContent().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        return body;
    }

    /** The body is longer than allowed. */
    static final class TooLarge extends IOException {

        TooLarge(int maxBytes) {
            super("the feed is larger than " + maxBytes + " bytes");
        }
    }
}
