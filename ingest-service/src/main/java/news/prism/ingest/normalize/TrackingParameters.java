package news.prism.ingest.normalize;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/** Decides whether a query parameter only tracks the reader: exact names, or prefixes written as {@code utm_*}. */
@Singleton
public class TrackingParameters {

    private static final String WILDCARD = "*";

    private final List<String> exactNames;
    private final List<String> prefixes;

    public TrackingParameters(NormalizeSettings settings) {
        this.exactNames = settings.trackingParameters().stream()
                .filter(pattern -> !pattern.endsWith(WILDCARD))
                .map(TrackingParameters::lowerCase)
                .toList();
        this.prefixes = settings.trackingParameters().stream()
                .filter(pattern -> pattern.endsWith(WILDCARD))
                .map(pattern -> lowerCase(pattern.substring(0, pattern.length() - WILDCARD.length())))
                .toList();
    }

    public boolean isTracking(String parameterName) {
        String name = lowerCase(parameterName);
        return exactNames.contains(name) || prefixes.stream().anyMatch(name::startsWith);
    }

    private static String lowerCase(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
