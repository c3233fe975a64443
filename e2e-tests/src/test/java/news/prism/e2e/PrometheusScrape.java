package news.prism.e2e;

import java.util.Map;

/**
 * One scrape of a service's {@code /prometheus}, read as Prometheus' text format: {@code name{labels} value} per
 * line. Written here because the Prometheus Java client writes this format but has no reader for it.
 */
record PrometheusScrape(String text) {

    /** Whether any sample of the family is there (counters end in {@code _total}). */
    boolean has(String name) {
        return text.lines().anyMatch(line -> !line.startsWith("#") && sampleName(line).equals(name));
    }

    /** The sum of the family's samples whose labels include all of {@code labels}; 0 if none. */
    double sum(String name, Map<String, String> labels) {
        return text.lines()
                .filter(line -> !line.startsWith("#") && sampleName(line).equals(name))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    double sum(String name) {
        return sum(name, Map.of());
    }

    private static String sampleName(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
            end++;
        }
        return line.substring(0, end);
    }
}
