package news.prism.http.user;

import java.util.Set;

/**
 * Who makes a write request, a newsroom system or a person, as its bearer token names them: the token's subject
 * and its roles.
 */
public record ActingUser(String name, Set<String> roles) {

    public ActingUser {
        roles = Set.copyOf(roles);
    }

    /** The same user whatever the letter case the other name uses. */
    public boolean is(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
