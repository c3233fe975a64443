package news.prism.notify.token;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random, unguessable link tokens, and the SHA-256 hash under which they are stored. */
@Singleton
public class Tokens {

    /** 256 bits of randomness. */
    private static final int RANDOM_BYTES = 32;
    /** Unpadded base64url: 6 bits per character. */
    private static final int TOKEN_LENGTH = (RANDOM_BYTES * 8 + 5) / 6;

    private final SecureRandom random = new SecureRandom();

    public IssuedToken issue() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedToken(value, hash(value));
    }

    public byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Cheap pre-check, so that arbitrary input from a URL is never even hashed and looked up. */
    public boolean looksValid(String value) {
        return value != null && value.length() == TOKEN_LENGTH && value.chars().allMatch(Tokens::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
