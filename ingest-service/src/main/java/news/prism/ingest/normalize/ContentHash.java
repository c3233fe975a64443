package news.prism.ingest.normalize;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, lower-case hex, of an article's text in the form {@link TextNormalizer#comparable} gives. */
@Singleton
public class ContentHash {

    private static final String ALGORITHM = "SHA-256";

    private final TextNormalizer text;

    public ContentHash(TextNormalizer text) {
        this.text = text;
    }

    public String of(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance(ALGORITHM);
            return HexFormat.of().formatHex(digest.digest(text.comparable(body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
