package news.prism.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The topics one service names in its {@code application.yml} defaults, read without starting it: those of its
 * topics record ({@code prism.topics.*}, read and written) and those it declares ({@code prism.kafka.topics},
 * dead-letter topics included), with {@code ${...}} placeholders resolved as Micronaut would with no environment.
 */
record ServiceTopicSettings(String service, Set<String> topics) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    static ServiceTopicSettings read(Path projectRoot, String service) {
        Path file = projectRoot.resolve(service).resolve("src/main/resources/application.yml");
        Map<String, Object> settings;
        try (InputStream in = Files.newInputStream(file)) {
            settings = new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> topics = new LinkedHashSet<>();
        map(value(settings, "prism.topics")).values().forEach(name -> topics.add(resolve(settings, name.toString())));
        for (Object declared : (List<?>) value(settings, "prism.kafka.topics")) {
            topics.add(resolve(settings, map(declared).get("name").toString()));
        }
        return new ServiceTopicSettings(service, topics);
    }

    private static String resolve(Map<String, Object> settings, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            Object value = value(settings, matcher.group(1));
            String replacement = value != null ? resolve(settings, value.toString()) : matcher.group(2);
            if (replacement == null) {
                throw new IllegalStateException("No value for " + matcher.group(1) + " in " + text);
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(resolved).toString();
    }

    private static Object value(Map<String, Object> settings, String dottedKey) {
        Object node = settings;
        for (String key : dottedKey.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
