package news.prism.http.input;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import jakarta.inject.Singleton;
import news.prism.http.netty.BehindHttpDecoder;

/** Puts a {@link StalledBodyTimeout} behind the HTTP/1.1 decoder of every connection the server accepts. */
@Singleton
public class StalledBodies implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER = "prism-stalled-body-timeout";

    private final InputSettings settings;

    public StalledBodies(InputSettings settings) {
        this.settings = settings;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new BehindHttpDecoder(HANDLER,
                () -> new StalledBodyTimeout(settings.bodyReadTimeout())));
        return event.getBean();
    }
}
