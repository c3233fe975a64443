package news.prism.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body up to a size; past it, stops reading and fails with {@link TooLarge}. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final int maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private final boolean announcedTooLarge;

    private CappedBody(int maxBytes, boolean announcedTooLarge) {
        this.maxBytes = maxBytes;
        this.announcedTooLarge = announcedTooLarge;
    }

    static CappedBody upTo(int maxBytes) {
        return new CappedBody(maxBytes, false);
    }

    /** For a response whose Content-Length is already over the cap: reads nothing. */
    static CappedBody refusing(int maxBytes) {
        return new CappedBody(maxBytes, true);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (announcedTooLarge) {
            subscription.cancel();
            body.completeExceptionally(new TooLarge(maxBytes));
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + buffer.remaining() > maxBytes) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(maxBytes));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** The body is longer than allowed. */
    static final class TooLarge extends RuntimeException {

        TooLarge(int maxBytes) {
            super("the feed is larger than " + maxBytes + " bytes");
        }
    }
}
