package news.prism.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Micronaut's messages that quote the request or the failure never reach the client. */
class ProblemResponseProcessorTest {

    private final ProblemResponseProcessor processor = new ProblemResponseProcessor();

    @Test
    void anUnsupportedContentTypeIsAnsweredWithWhatTheCallTakes() {
        var refusal = new UnsupportedMediaException("text/x-marker-5521", List.of("application/json"));

        Problem problem = answer(refusal, refusal.getMessage(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        assertThat(problem.detail()).isEqualTo("This call takes a body of type application/json");
    }

    @Test
    void aMalformedAddressIsNotQuoted() {
        var malformed = new URISyntaxException("/x%zzMARKER", "Malformed escape pair");

        Problem problem = answer(malformed, "Malformed URI: " + malformed.getMessage(), HttpStatus.BAD_REQUEST);

        assertThat(problem.detail()).isEqualTo("The request's address is not a valid URI");
    }

    @Test
    void aServerErrorCarriesAnIdInsteadOfItsCause() {
        var failure = new IllegalStateException("ERROR: duplicate key value violates unique constraint");

        Problem problem = answer(failure, "Internal Server Error: " + failure.getMessage(),
                HttpStatus.INTERNAL_SERVER_ERROR);

        assertThat(problem.errorId()).isNotBlank();
        assertThat(problem.detail()).contains(problem.errorId()).doesNotContain("duplicate key");
    }

    @Test
    void theServicesOwnRefusalKeepsItsWords() {
        var refusal = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "The database is not answering");

        Problem problem = answer(refusal, refusal.getMessage(), HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(problem.detail()).isEqualTo("The database is not answering");
        assertThat(problem.errorId()).isNull();
    }

    private Problem answer(Throwable cause, String message, HttpStatus status) {
        ErrorContext context = ErrorContext.builder(HttpRequest.POST("/api/stories", "{}"))
                .cause(cause).errorMessage(message).build();
        return processor.processResponse(context, HttpResponse.status(status)).body();
    }
}
