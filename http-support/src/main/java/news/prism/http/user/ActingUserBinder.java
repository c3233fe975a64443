package news.prism.http.user;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import news.prism.http.problem.ProblemException;

/**
 * Gives a controller method the {@link ActingUser} of the request's verified token; without one, or with a subject
 * that names no one (the token checks refuse those before, see {@code security.TokenSubjectCheck}), it answers 401.
 */
@Singleton
public class ActingUserBinder implements TypedRequestArgumentBinder<ActingUser> {

    @Override
    public Argument<ActingUser> argumentType() {
        return Argument.of(ActingUser.class);
    }

    @Override
    public BindingResult<ActingUser> bind(ArgumentConversionContext<ActingUser> context, HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class)
                .orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED,
                        "A bearer token naming the user or newsroom system is required"));
        try {
            ActingUser user = new ActingUser(authentication.getName(), Set.copyOf(authentication.getRoles()));
            return () -> Optional.of(user);
        } catch (IllegalArgumentException unnamed) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "The bearer token names no user: "
                    + unnamed.getMessage());
        }
    }
}
