package news.prism.render.page;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

/**
 * Whether a request comes from a reader's browser, which names HTML in its Accept header, or from an API client,
 * which names JSON, problem+json or only {@code *}{@code /*}: what an address without a page answers depends on it.
 */
final class ReaderAccept {

    private ReaderAccept() {
    }

    static boolean wantsHtml(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(type -> type.getQualityAsNumber().signum() > 0
                && (type.getName().equals(MediaType.TEXT_HTML) || type.getName().equals(MediaType.APPLICATION_XHTML)));
    }
}
