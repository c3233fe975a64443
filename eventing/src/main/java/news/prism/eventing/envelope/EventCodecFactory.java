package news.prism.eventing.envelope;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import news.prism.schemas.EventCodec;

@Factory
class EventCodecFactory {

    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }
}
