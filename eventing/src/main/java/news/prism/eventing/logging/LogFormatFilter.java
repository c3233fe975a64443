package news.prism.eventing.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Lets events through to one appender of the shared log configuration only when its {@code format} is the
 * {@code selected} one ({@code PRISM_LOG_FORMAT}). Written because logback can choose an appender by a variable only
 * through Janino's conditions, and an appender left unreferenced makes logback print its whole status at startup.
 */
public class LogFormatFilter extends Filter<ILoggingEvent> {

    private String format;
    private String selected;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return format != null && format.equalsIgnoreCase(selected == null ? null : selected.strip())
                ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
