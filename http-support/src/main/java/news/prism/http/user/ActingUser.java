package news.prism.http.user;

import java.util.Set;

/**
 * Who makes a write request, a newsroom system or a person, as its bearer token names them: the token's subject,
 * normalised by {@link UserNames}, and its roles. Only the normalised name is kept, so every name Prism stores or
 * compares is spelt one way.
 */
public record ActingUser(String name, Set<String> roles) {

    /** @throws IllegalArgumentException when the name names no one (see {@link UserNames#normalise}) */
    public ActingUser {
        name = UserNames.normalise(name);
        roles = Set.copyOf(roles);
    }

    /** Whether a stored name, however it was spelt when stored, is this user's. */
    public boolean is(String other) {
        return other != null && name.equals(UserNames.comparable(other));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
