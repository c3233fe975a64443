package news.prism.http.outbound;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client for URLs a service was given: every host resolved through the {@link CheckedDnsResolver}, so it
 * connects only to addresses the guard allowed, and through no proxy; no redirects (the caller decides on each, with
 * the guard), no retries, no cookies, no decompression (a size cap is on the bytes sent). A whole exchange is bounded
 * by a {@link RequestDeadline}; {@code readTimeout} bounds each wait for bytes.
 */
public final class OutboundHttpClients {

    private OutboundHttpClients() {
    }

    public static CloseableHttpClient create(CheckedDnsResolver resolver, Duration connectTimeout,
                                             Duration readTimeout, String userAgent) {
        Timeout read = Timeout.ofMilliseconds(readTimeout.toMillis());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(connectTimeout.toMillis()))
                                .setSocketTimeout(read)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(read)
                        .setConnectionRequestTimeout(read)
                        .setHardCancellationEnabled(true)
                        .setProtocolUpgradeEnabled(false)
                        .build())
                .setUserAgent(userAgent)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }
}
