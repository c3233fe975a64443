package news.prism.ingest.normalize;

import jakarta.inject.Singleton;
import java.util.Locale;

/** The outlet a source is credited to when the newsroom system names none: the URL's host without {@code www.}. */
@Singleton
public class OutletNames {

    private static final String WWW = "www.";

    public String fromHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.startsWith(WWW) && name.length() > WWW.length() ? name.substring(WWW.length()) : name;
    }
}
