package vn.wardplan.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The charts of this folder, with their file:// dependencies built once, rendered by the embedded Helm. */
final class Charts {

    static final Path ROOT = Path.of(".").toAbsolutePath().normalize();
    static final List<String> DEPLOYABLES = List.of("gateway", "indicator-service", "task-service", "notification-service",
            "reporting-service", "ward-service");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static boolean built;

    private Charts() {
    }

    /** Builds the dependencies (the library into each chart, the charts into the umbrella), once per JVM. */
    static synchronized void buildDependencies() {
        if (built) {
            return;
        }
        for (String chart : DEPLOYABLES) {
            new Helm(ROOT.resolve(chart)).dependency().update().call();
        }
        new Helm(ROOT.resolve("wardplan")).dependency().update().call();
        built = true;
    }

    /** The umbrella chart rendered with the given values (dotted keys, as with --set), as Kubernetes objects. */
    static List<JsonNode> render(Map<String, Object> values) {
        return render(command -> {
            values.forEach(command::set);
            return command;
        });
    }

    static List<JsonNode> render(UnaryOperator<TemplateCommand> options) {
        buildDependencies();
        String manifests = options.apply(new Helm(ROOT.resolve("wardplan")).template().withName("wardplan")
                .withNamespace("wardplan").withKubeVersion("1.31.0")).call();
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(manifests)) {
            while (documents.hasNext()) {
                JsonNode object = documents.next();
                if (object != null && !object.isNull() && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    static JsonNode json(Path file) throws java.io.IOException {
        return YAML.readTree(java.nio.file.Files.readString(file));
    }

    static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asString())) {
                return client;
            }
        }
        throw new IllegalArgumentException("No client " + clientId);
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asString())).toList();
    }
}
