package news.prism.render.topic;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import news.prism.render.RenderSettings;

/**
 * The permanent ids of feeds and entries (RFC 4287, section 4.2.6): {@code urn:uuid:} for a story whose id is a
 * UUID (story-service's are), otherwise a {@code tag:} URI (RFC 4151) under this site's tag authority. The entry
 * id is also the {@code uri} of the story's ninjs item.
 */
public final class FeedIds {

    private final String tagAuthority;

    public FeedIds(RenderSettings settings) {
        this.tagAuthority = settings.tagAuthority();
    }

    String feed(String topicSlug) {
        return "tag:" + tagAuthority + ":topic:" + tagSpecific(topicSlug);
    }

    public String entry(String storyId) {
        try {
            return "urn:uuid:" + UUID.fromString(storyId);
        } catch (IllegalArgumentException notAUuid) {
            return "tag:" + tagAuthority + ":story:" + tagSpecific(storyId);
        }
    }

    /** Percent-encodes every byte that may not stand as it is in a tag's specific part. */
    private static String tagSpecific(String text) {
        var specific = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                specific.append(c);
            } else {
                specific.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return specific.toString();
    }
}
