package news.prism.http.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import news.prism.http.problem.Problem;
import news.prism.http.problem.ProblemResponseProcessor;

/**
 * Answers a request the security rules refused with a problem that says why: no valid token (401), or which roles
 * the call needs beside the roles the token has (403).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AccessRefusals implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException refusal) {
        Authentication authentication = refusal.getAuthentication();
        if (!refusal.isForbidden() || authentication == null) {
            return problem(request, HttpStatus.UNAUTHORIZED, "This call needs a valid bearer token "
                    + "(Authorization: Bearer <JWT>) naming the user or newsroom system")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        List<String> needed = requiredRoles(request);
        String detail = authentication.getName() + " has the roles " + new TreeSet<>(authentication.getRoles())
                + (needed.isEmpty() ? "; this call is not open to them" : "; this call needs one of " + needed);
        return problem(request, HttpStatus.FORBIDDEN, detail);
    }

    private static List<String> requiredRoles(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .map(match -> Arrays.stream(match.getAnnotationMetadata().stringValues(Secured.class))
                        // The class-level isAuthenticated() is merged into the method's roles; name only the roles.
                        .filter(value -> !value.endsWith("()"))
                        .toList())
                .orElse(List.of());
    }

    private static MutableHttpResponse<Problem> problem(HttpRequest<?> request, HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status)
                .contentType(ProblemResponseProcessor.PROBLEM_JSON)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), detail, Problem.instanceOf(request),
                        List.of()));
    }
}
