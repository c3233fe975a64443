package news.prism.http.netty;

import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import java.util.function.Supplier;

/**
 * Puts a handler of its own behind the HTTP/1.1 decoder of every connection the server accepts, once per
 * connection; register it with the server's {@link NettyServerCustomizer.Registry}.
 */
public final class BehindHttpDecoder implements NettyServerCustomizer {

    private final String name;
    private final Supplier<ChannelHandler> handlers;
    private final Channel channel;

    /**
     * @param name the handler's name in the pipeline
     * @param handlers a new handler for each connection
     */
    public BehindHttpDecoder(String name, Supplier<ChannelHandler> handlers) {
        this(name, handlers, null);
    }

    private BehindHttpDecoder(String name, Supplier<ChannelHandler> handlers, Channel channel) {
        this.name = name;
        this.handlers = handlers;
        this.channel = channel;
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
        return new BehindHttpDecoder(name, handlers, channel);
    }

    @Override
    public void onStreamPipelineBuilt() {
        ChannelPipeline pipeline = channel.pipeline();
        if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null && pipeline.get(name) == null) {
            pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, name, handlers.get());
        }
    }
}
