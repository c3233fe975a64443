package news.prism.notify.subscription;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The e-mail addresses a reader can subscribe with: a plain {@code local@domain} with a dotted domain name, as an
 * HTML e-mail field accepts them. Comments, display names and quoted local parts are refused.
 */
final class EmailAddresses {

    /** RFC 5321: 64 octets of local part, 254 for the whole path without the angle brackets. */
    static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@" + LABEL + "(?:\\." + LABEL + ")+");

    private EmailAddresses() {
    }

    static boolean isValid(String address) {
        return address.length() <= MAX_LENGTH
                && ADDRESS.matcher(address).matches()
                && address.indexOf('@') <= MAX_LOCAL_PART_LENGTH
                && !address.startsWith(".") && !address.contains(".@") && !address.contains("..");
    }

    /** One reader, one row: mail providers treat addresses case-insensitively in practice. */
    static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
