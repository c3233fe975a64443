package news.prism.render.page;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/**
 * Sits behind the HTTP/1.1 decoder of one connection and answers a plain GET of a page held in memory (200, or 304
 * when If-None-Match names its ETag) itself; every other request, and the parts of its body, go on to the server's
 * routing untouched. It answers only while no request of the connection is with the routing, so that answers keep
 * the order of the requests.
 */
final class HeldPageHandler extends ChannelDuplexHandler {

    private final HeldPageAnswers answers;
    /** Requests passed on whose answer has not been written to its end yet. */
    private int withRouting;
    /** Whether the parts of the current request's body are dropped (it was answered here) rather than passed on. */
    private boolean answered;

    HeldPageHandler(HeldPageAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
        if (message instanceof HttpRequest request) {
            if (withRouting == 0) {
                long start = System.nanoTime();
                FullHttpResponse response = answers.answer(request);
                if (response != null) {
                    answered = !(message instanceof LastHttpContent);
                    ReferenceCountUtil.release(message);
                    answers.count(response, start);
                    ctx.writeAndFlush(response, ctx.voidPromise());
                    return;
                }
            }
            answered = false;
            withRouting++;
        } else if (answered && message instanceof HttpContent) {
            answered = !(message instanceof LastHttpContent);
            ReferenceCountUtil.release(message);
            return;
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) throws Exception {
        if (message instanceof LastHttpContent && withRouting > 0
                && !(message instanceof HttpResponse response
                        && response.status().codeClass() == HttpStatusClass.INFORMATIONAL)) {
            withRouting--;
        }
        ctx.write(message, promise);
    }
}
