package news.prism.http.user;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;
import news.prism.http.problem.ProblemException;

/** Gives a controller method its {@link ActingUser}; a request without one is answered 401. */
@Singleton
public class ActingUserBinder implements TypedRequestArgumentBinder<ActingUser> {

    @Override
    public Argument<ActingUser> argumentType() {
        return Argument.of(ActingUser.class);
    }

    @Override
    public BindingResult<ActingUser> bind(ArgumentConversionContext<ActingUser> context, HttpRequest<?> request) {
        String name = request.getHeaders().get(ActingUser.HEADER);
        if (name == null || name.isBlank()) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED,
                    "The " + ActingUser.HEADER + " header must name the user or newsroom system making the request");
        }
        ActingUser user = new ActingUser(name.strip());
        return () -> Optional.of(user);
    }
}
