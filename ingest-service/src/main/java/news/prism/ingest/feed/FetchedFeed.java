package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/** What fetching a feed gave: nothing new (304), or the document with its validators and final address. */
public sealed interface FetchedFeed {

    record NotModified() implements FetchedFeed {
    }

    /** @param url where the document was found after redirects; relative links in it resolve against it */
    record Document(byte[] content, URI url, @Nullable String etag, @Nullable String lastModified)
            implements FetchedFeed {
    }
}
