package news.prism.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/kubernetes cannot be applied without a cluster, so it is rendered here as kustomize would (the resources its
 * kustomization lists, document by document) and checked for what a cluster would otherwise find out late: selectors
 * that match, probes on the health endpoints, resource requests, every referenced ConfigMap and Secret key present,
 * every setting one that a service reads.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)[:}]");

    @Test
    void everyServiceHasADeploymentAServiceAndADisruptionBudgetThatSelectIt() throws IOException {
        List<Map<String, Object>> rendered = render();
        for (PrismService service : PrismService.values()) {
            Map<String, Object> deployment = find(rendered, "Deployment", service.module());
            Map<String, Object> spec = map(deployment.get("spec"));
            Map<String, Object> podLabels = map(map(map(spec.get("template")).get("metadata")).get("labels"));
            assertThat(podLabels).containsAllEntriesOf(map(map(spec.get("selector")).get("matchLabels")));
            assertThat((Integer) spec.get("replicas")).as(service + " replicas").isGreaterThanOrEqualTo(2);

            Map<String, Object> kubeService = find(rendered, "Service", service.module());
            assertThat(podLabels).containsAllEntriesOf(map(map(kubeService.get("spec")).get("selector")));
            assertThat(list(map(kubeService.get("spec")).get("ports")).getFirst())
                    .containsEntry("port", service.defaultPort()).containsEntry("targetPort", "http");

            Map<String, Object> budget = map(find(rendered, "PodDisruptionBudget", service.module()).get("spec"));
            assertThat(podLabels).containsAllEntriesOf(map(map(budget.get("selector")).get("matchLabels")));
            assertThat((Integer) budget.get("minAvailable")).isLessThan((Integer) spec.get("replicas"));
        }
    }

    @Test
    void podsAreProbedOnTheHealthEndpointsAndRequestResources() throws IOException {
        List<Map<String, Object>> rendered = render();
        for (PrismService service : PrismService.values()) {
            Map<String, Object> container = container(rendered, service);
            assertThat(list(container.get("ports")).getFirst())
                    .containsEntry("name", "http").containsEntry("containerPort", service.defaultPort());
            assertThat(probe(container, "livenessProbe")).containsEntry("path", "/health/liveness")
                    .containsEntry("port", "http");
            assertThat(probe(container, "startupProbe")).containsEntry("path", "/health/liveness");
            assertThat(probe(container, "readinessProbe")).containsEntry("path", "/health/readiness")
                    .containsEntry("port", "http");
            assertThat(map(map(container.get("resources")).get("requests"))).containsKeys("cpu", "memory");
            assertThat(map(map(container.get("resources")).get("limits"))).containsKey("memory");
        }
    }

    @Test
    void podsRunTheImageTheDockerfileBuildsAsItsUser() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("--uid 10001");
        List<Map<String, Object>> rendered = render();
        for (PrismService service : PrismService.values()) {
            assertThat((String) container(rendered, service).get("image")).startsWith("prism/" + service.module() + ":");
            Map<String, Object> pod = map(map(map(find(rendered, "Deployment", service.module()).get("spec"))
                    .get("template")).get("spec"));
            assertThat(map(pod.get("securityContext"))).containsEntry("runAsUser", 10001)
                    .containsEntry("runAsNonRoot", true);
        }
    }

    @Test
    void everyReferencedKeyExistsAndEachServiceGetsItsOwnDatabase() throws IOException {
        List<Map<String, Object>> rendered = render();
        Map<String, Object> config = map(find(rendered, "ConfigMap", "prism-config").get("data"));
        Map<String, Object> secrets = map(find(rendered, "Secret", "prism-secrets").get("stringData"));
        for (PrismService service : PrismService.values()) {
            Map<String, Object> container = container(rendered, service);
            assertThat(list(container.get("envFrom")).getFirst())
                    .isEqualTo(Map.of("configMapRef", Map.of("name", "prism-config")));
            Map<String, String> secretKeys = new HashMap<>();
            for (Map<String, Object> variable : list(container.get("env"))) {
                if (variable.get("valueFrom") == null) {
                    continue;
                }
                Map<String, Object> from = map(variable.get("valueFrom"));
                if (from.get("secretKeyRef") != null) {
                    String key = (String) map(from.get("secretKeyRef")).get("key");
                    assertThat(secrets).as(service + " " + variable.get("name")).containsKey(key);
                    secretKeys.put((String) variable.get("name"), key);
                }
                if (from.get("configMapKeyRef") != null) {
                    assertThat(config).containsKey((String) map(from.get("configMapKeyRef")).get("key"));
                }
            }
            assertThat((String) secrets.get(secretKeys.get("DATASOURCES_DEFAULT_URL")))
                    .endsWith("/" + service.database());
        }
    }

    @Test
    void everyConfigMapSettingIsOneAServiceReads() throws IOException {
        Map<String, Object> config = map(find(render(), "ConfigMap", "prism-config").get("data"));
        List<String> applicationFiles = new ArrayList<>();
        for (PrismService service : PrismService.values()) {
            applicationFiles.add(Files.readString(ROOT.resolve(service.module()).resolve("src/main/resources/application.yml")));
        }
        for (String variable : config.keySet()) {
            assertThat(applicationFiles).as(variable + " is read by some service")
                    .anyMatch(yaml -> yaml.contains("${" + variable + ":") || propertyNames(yaml).contains(variable));
        }
    }

    @Test
    void lagBasedScalingWatchesEachServicesOwnGroupAndTopic() throws IOException {
        List<Map<String, Object>> scaledObjects = documents(MANIFESTS.resolve("autoscaling/consumer-lag.yaml"));
        for (PrismService service : PrismService.values()) {
            Map<String, Object> scaled = find(scaledObjects, "ScaledObject", service.module());
            Map<String, Object> spec = map(scaled.get("spec"));
            assertThat(map(spec.get("scaleTargetRef"))).containsEntry("name", service.module());
            Map<String, Object> trigger = map(list(spec.get("triggers")).getFirst().get("metadata"));
            String yaml = Files.readString(ROOT.resolve(service.module()).resolve("src/main/resources/application.yml"));
            assertThat(yaml).contains("group-id: " + trigger.get("consumerGroup"));
            assertThat(yaml).contains(": " + trigger.get("topic"));
        }
    }

    /** The documents of every resource the kustomization lists, in its order. */
    private static List<Map<String, Object>> render() throws IOException {
        Map<String, Object> kustomization = documents(MANIFESTS.resolve("kustomization.yaml")).getFirst();
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (Object resource : (List<?>) kustomization.get("resources")) {
            rendered.addAll(documents(MANIFESTS.resolve((String) resource)));
        }
        return rendered;
    }

    private static List<Map<String, Object>> documents(Path file) throws IOException {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(options).loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return documents;
    }

    private static Map<String, Object> find(List<Map<String, Object>> documents, String kind, String name) {
        List<Map<String, Object>> found = documents.stream()
                .filter(document -> kind.equals(document.get("kind"))
                        && name.equals(map(document.get("metadata")).get("name")))
                .toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.getFirst();
    }

    private static Map<String, Object> container(List<Map<String, Object>> rendered, PrismService service) {
        Map<String, Object> pod = map(map(map(find(rendered, "Deployment", service.module()).get("spec"))
                .get("template")).get("spec"));
        List<Map<String, Object>> containers = list(pod.get("containers"));
        assertThat(containers).hasSize(1);
        return containers.getFirst();
    }

    private static Map<String, Object> probe(Map<String, Object> container, String name) {
        return map(map(Objects.requireNonNull(container.get(name), name)).get("httpGet"));
    }

    /**
     * A service's settings as environment variables, those it declares and those it reads through a placeholder:
     * prism.render.public-url becomes PRISM_RENDER_PUBLIC_URL, ${prism.smtp.host:localhost} PRISM_SMTP_HOST.
     */
    private static List<String> propertyNames(String applicationYaml) {
        List<String> names = new ArrayList<>();
        collect("", new Yaml().load(applicationYaml), names);
        Matcher placeholder = PLACEHOLDER.matcher(applicationYaml);
        while (placeholder.find()) {
            names.add(environmentName(placeholder.group(1)));
        }
        return names;
    }

    private static String environmentName(String property) {
        return Stream.of(property.split("[.-]")).map(String::toUpperCase).reduce((a, b) -> a + "_" + b).orElse("");
    }

    private static void collect(String prefix, Object node, List<String> names) {
        if (node instanceof Map<?, ?> children) {
            children.forEach((key, child) -> collect(prefix.isEmpty() ? key.toString() : prefix + "." + key, child, names));
        } else {
            names.add(environmentName(prefix));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
