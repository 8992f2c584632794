package vn.wardplan.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

import tools.jackson.databind.JsonNode;

/**
 * The charts as an operator meets them: every chart passes {@code helm lint --strict}; the umbrella renders over a
 * matrix of values (defaults, production with the operators' resources, Ingress or HTTPRoute, autoscaling), and
 * every rendered manifest keeps the platform's policies: probes, resources, a locked-down security context, no API
 * token, a PodDisruptionBudget and a NetworkPolicy per Deployment, a deny-all policy, pinned images, and only
 * Secrets that the operator guide lists. The values schema refuses a wrong value.
 */
class ChartsTest {

    static final Map<String, Map<String, Object>> MATRIX = Map.of(
            "defaults", Map.of(),
            "production with operators", Map.of("strimzi.enabled", true, "keycloakOperator.enabled", true, "mongodb.enabled", true,
                    "global.serviceMonitor.enabled", true, "global.imageRegistry", "registry.haiphong.gov.vn", "global.imageTag", "1.2.3"),
            "gateway API instead of Ingress", Map.of("httpRoute.enabled", true),
            "autoscaling on", Map.of("gateway.autoscaling.enabled", true, "task-service.autoscaling.enabled", true,
                    "notification-service.autoscaling.enabled", true));

    @BeforeAll
    static void build() {
        Charts.buildDependencies();
    }

    @ParameterizedTest
    @ValueSource(strings = { "wardplan-lib", "gateway", "indicator-service", "task-service", "notification-service",
            "reporting-service", "ward-service", "wardplan" })
    void everyChartPassesStrictLint(String chart) {
        LintResult lint = new Helm(Charts.ROOT.resolve(chart)).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    static Stream<Arguments> matrix() {
        return MATRIX.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyDeploymentKeepsThePlatformsPolicies(String name, Map<String, Object> values) throws IOException {
        List<JsonNode> objects = Charts.render(values);
        List<JsonNode> deployments = Charts.ofKind(objects, "Deployment");
        assertThat(deployments).hasSize(6);
        List<JsonNode> budgets = Charts.ofKind(objects, "PodDisruptionBudget");
        List<JsonNode> policies = Charts.ofKind(objects, "NetworkPolicy");
        JsonNode denyAll = policies.stream().filter(p -> p.at("/metadata/name").asString().endsWith("deny-all")).findFirst().orElseThrow();
        assertThat(denyAll.at("/spec/ingress").isMissingNode() && denyAll.at("/spec/egress").isMissingNode()).isTrue();
        assertThat(denyAll.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");

        for (JsonNode deployment : deployments) {
            String app = deployment.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asString();
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");
            assertThat(container.at("/livenessProbe/httpGet/path").asString()).as(app).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asString()).as(app).isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).as(app + " cpu request").isFalse();
            assertThat(container.at("/resources/requests/memory").isMissingNode()).as(app + " memory request").isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).as(app + " memory limit").isFalse();
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(app).isTrue();
            assertThat(pod.at("/securityContext/seccompProfile/type").asString()).as(app).isEqualTo("RuntimeDefault");
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(app).isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(app).isFalse();
            assertThat(container.at("/securityContext/capabilities/drop").toString()).as(app).contains("ALL");
            assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).as(app + " API token").isFalse();
            assertThat(pod.at("/volumes").toString()).as(app + " writable /tmp").contains("emptyDir");
            String image = container.at("/image").asString();
            assertThat(image).as(app).contains(":").doesNotEndWith(":latest");
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            denyAll.at("/spec/podSelector/matchLabels").properties().forEach(label ->
                    assertThat(podLabels.path(label.getKey()).asString()).as(app + " under deny-all").isEqualTo(label.getValue().asString()));
            assertThat(budgets).as(app + " PDB").anyMatch(b -> selects(b.at("/spec/selector/matchLabels"), app));
            assertThat(policies).as(app + " NetworkPolicy").anyMatch(p -> selects(p.at("/spec/podSelector/matchLabels"), app)
                    && p.at("/spec/ingress").size() > 0);
        }
        String guide = Files.readString(Charts.ROOT.resolveSibling("deploy/kubernetes/README.md"));
        for (String secret : referencedSecrets(objects)) {
            assertThat(guide).as("Secret " + secret + " is listed in deploy/kubernetes/README.md").contains("`" + secret + "`");
        }
    }

    @Test
    void theWebhooksEgressReachesThePublicInternetOnlyNeverMetadataCarrierNatOrTheCluster() {
        JsonNode policy = Charts.ofKind(Charts.render(Map.of()), "NetworkPolicy").stream()
                .filter(p -> selects(p.at("/spec/podSelector/matchLabels"), "notification-service")).findFirst().orElseThrow();
        JsonNode publicBlock = null;
        for (JsonNode rule : policy.at("/spec/egress")) {
            for (JsonNode to : rule.path("to")) {
                if ("0.0.0.0/0".equals(to.at("/ipBlock/cidr").asString(""))) {
                    publicBlock = to.at("/ipBlock");
                    assertThat(rule.at("/ports").toString()).contains("443").doesNotContain("80\"");
                }
            }
        }
        assertThat(publicBlock).as("an egress rule to 0.0.0.0/0").isNotNull();
        assertThat(publicBlock.at("/except").toString()).contains("169.254.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "10.0.0.0/8",
                "172.16.0.0/12", "192.168.0.0/16", "0.0.0.0/8");
    }

    @Test
    void theGatewaysActuatorIsOnItsManagementPortWhichOnlyPrometheusMayReach() {
        List<JsonNode> objects = Charts.render(Map.of());
        JsonNode gateway = Charts.ofKind(objects, "Deployment").stream()
                .filter(d -> d.at("/metadata/name").asString().endsWith("-gateway")).findFirst().orElseThrow();
        JsonNode container = gateway.at("/spec/template/spec/containers/0");
        assertThat(container.at("/ports").toString()).contains("\"management\"", "9080");
        assertThat(container.at("/readinessProbe/httpGet/port").asString()).isEqualTo("management");
        assertThat(container.at("/env").toString()).contains("MANAGEMENT_SERVER_PORT");
        JsonNode policy = Charts.ofKind(objects, "NetworkPolicy").stream()
                .filter(p -> selects(p.at("/spec/podSelector/matchLabels"), "gateway")).findFirst().orElseThrow();
        assertThat(policy.at("/spec/ingress/0/ports").toString()).contains("http").doesNotContain("management");
        assertThat(policy.at("/spec/ingress/0/from").toString()).doesNotContain("monitoring");
        assertThat(policy.at("/spec/ingress/1/ports").toString()).contains("management");
        assertThat(policy.at("/spec/ingress/1/from").toString()).contains("monitoring");
        JsonNode config = Charts.ofKind(objects, "ConfigMap").stream()
                .filter(c -> c.at("/metadata/name").asString().endsWith("-gateway")).findFirst().orElseThrow();
        assertThat(config.at("/data/GATEWAY_FORWARD_HEADERS").asString()).isEqualTo("framework");
        assertThat(config.at("/data/SERVER_REACTIVE_SESSION_COOKIE_SECURE").asString()).isEqualTo("true");
    }

    @Test
    void inProductionEachServiceHasItsOwnKafkaUserWritingOnlyItsOwnTopicsAndItsOwnMongoUser() {
        List<JsonNode> objects = Charts.render(MATRIX.get("production with operators"));
        JsonNode kafka = Charts.ofKind(objects, "Kafka").getFirst();
        assertThat(kafka.at("/spec/kafka/listeners").toString()).contains("\"tls\":true", "scram-sha-512").doesNotContain("\"tls\":false");
        assertThat(kafka.at("/spec/kafka/authorization/type").asString()).isEqualTo("simple");
        List<JsonNode> users = Charts.ofKind(objects, "KafkaUser");
        assertThat(users).extracting(u -> u.at("/metadata/name").asString()).hasSize(5).allMatch(n -> n.endsWith("-service"));
        java.util.Map<String, java.util.Set<String>> writes = new java.util.HashMap<>();
        for (JsonNode user : users) {
            java.util.Set<String> written = new java.util.TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                if (acl.at("/operations").toString().contains("Write") && "topic".equals(acl.at("/resource/type").asString())) {
                    written.add(acl.at("/resource/name").asString());
                }
            }
            writes.put(user.at("/metadata/name").asString().replaceFirst("^[^-]+-", ""), written);
        }
        // Every topic is written by its producer alone (dead-letter topics by whoever consumes the topic).
        for (String topic : List.of("wardplan.units", "wardplan.tasks", "wardplan.plans", "wardplan.indicators", "wardplan.wards",
                "wardplan.reporting-regimes", "wardplan.calendars", "wardplan.indicator-frames", "wardplan.explanations")) {
            assertThat(writes.entrySet().stream().filter(e -> e.getValue().contains(topic)).map(java.util.Map.Entry::getKey))
                    .as(topic).containsExactly(topic.equals("wardplan.indicators") ? "indicator-service"
                            : topic.equals("wardplan.wards") ? "ward-service"
                            : topic.equals("wardplan.calendars") || topic.equals("wardplan.explanations") ? "notification-service"
                            : "task-service");
        }
        // The audit trail: every service that changes something records its own changes there; reporting-service only reads it.
        assertThat(writes.entrySet().stream().filter(e -> e.getValue().contains("wardplan.audit")).map(java.util.Map.Entry::getKey))
                .containsExactlyInAnyOrder("indicator-service", "task-service", "notification-service", "ward-service");
        JsonNode taskService = Charts.ofKind(objects, "Deployment").stream()
                .filter(d -> d.at("/metadata/name").asString().endsWith("-task-service")).findFirst().orElseThrow();
        String env = taskService.at("/spec/template/spec/containers/0/env").toString();
        assertThat(env).contains("SASL_SSL", "SCRAM-SHA-512", "sasl.jaas.config", "cluster-ca-cert");
        JsonNode gateway = Charts.ofKind(objects, "Deployment").stream()
                .filter(d -> d.at("/metadata/name").asString().endsWith("-gateway")).findFirst().orElseThrow();
        assertThat(gateway.at("/spec/template/spec/containers/0/env").toString()).doesNotContain("SASL");

        JsonNode mongo = Charts.ofKind(objects, "MongoDBCommunity").getFirst();
        // Each service, and the gateway for the browser sessions its replicas share (ADR 0025).
        assertThat(mongo.at("/spec/users")).hasSize(6).allSatisfy(user -> {
            assertThat(user.at("/roles")).singleElement().satisfies(role -> {
                assertThat(role.at("/name").asString()).isEqualTo("readWrite");
                assertThat(role.at("/db").asString()).isEqualTo(user.at("/name").asString());
            });
            assertThat(user.at("/passwordSecretRef/name").asString()).isEqualTo("wardplan-mongodb-" + user.at("/name").asString());
        });
    }

    @Test
    void theGatewayIsReachedThroughAnIngressWithTlsOrAnHttpRoute() {
        List<JsonNode> ingress = Charts.ofKind(Charts.render(Map.of()), "Ingress");
        assertThat(ingress).singleElement().satisfies(i -> {
            assertThat(i.at("/spec/tls/0/secretName").asString()).isEqualTo("wardplan-tls");
            assertThat(i.at("/spec/rules/0/http/paths/0/backend/service/name").asString()).isEqualTo("wardplan-gateway");
        });
        List<JsonNode> route = Charts.render(Map.of("httpRoute.enabled", true));
        assertThat(Charts.ofKind(route, "Ingress")).isEmpty();
        assertThat(Charts.ofKind(route, "HTTPRoute")).singleElement()
                .satisfies(r -> assertThat(r.at("/spec/rules/0/backendRefs/0/name").asString()).isEqualTo("wardplan-gateway"));
    }

    @Test
    void productionTurnsOnTheOperatorsResourcesWithTheTopicsAndTheProductionRealm() {
        List<JsonNode> objects = Charts.render(MATRIX.get("production with operators"));
        List<JsonNode> topics = Charts.ofKind(objects, "KafkaTopic");
        assertThat(topics).extracting(t -> t.at("/spec/topicName").asString()).contains("wardplan.units", "wardplan.plans",
                "wardplan.tasks", "wardplan.indicators", "wardplan.wards", "wardplan.reporting-regimes", "wardplan.tasks.DLT",
                "wardplan.wards.DLT", "wardplan.reporting-regimes.DLT", "wardplan.indicator-frames", "wardplan.indicator-frames.DLT",
                "wardplan.explanations", "wardplan.audit", "wardplan.audit.DLT");
        assertThat(topics).allSatisfy(t -> {
            assertThat(t.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(t.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
        });
        assertThat(Charts.ofKind(objects, "Kafka")).hasSize(1);
        assertThat(Charts.ofKind(objects, "MongoDBCommunity")).singleElement()
                .satisfies(m -> assertThat(m.at("/spec/members").asInt()).isEqualTo(3));
        JsonNode realm = Charts.ofKind(objects, "KeycloakRealmImport").getFirst().at("/spec/realm");
        assertThat(realm.at("/realm").asString()).isEqualTo("wardplan");
        assertThat(realm.at("/users").toString()).doesNotContain("anduong", "lechan", "platform.admin", "\"password\"");
        assertThat(realm.at("/clients").toString()).doesNotContain("wardplan-cli", "dev-secret", "localhost")
                .contains("${GATEWAY_CLIENT_SECRET}", "https://wardplan.example.vn");
        assertThat(realm.at("/clients").findValues("directAccessGrantsEnabled")).allMatch(v -> !v.asBoolean());
        // Passwords of at least 12 characters, not the username or e-mail, not one of the last five; addresses verified by
        // their owner; a second factor for platform administrators.
        assertThat(realm.at("/passwordPolicy").asString()).contains("length(12)", "notUsername", "passwordHistory(5)");
        assertThat(realm.at("/verifyEmail").asBoolean()).isTrue();
        String browser = realm.at("/browserFlow").asString();
        JsonNode flows = realm.at("/authenticationFlows");
        assertThat(flows.findValuesAsString("alias")).contains(browser);
        JsonNode secondFactor = flows.valueStream().filter(f -> f.toString().contains("auth-otp-form")).findFirst().orElseThrow();
        assertThat(secondFactor.at("/authenticationExecutions").toString()).contains("conditional-user-role", "\"REQUIRED\"");
        String configAlias = secondFactor.at("/authenticationExecutions").findValuesAsString("authenticatorConfig").getFirst();
        assertThat(realm.at("/authenticatorConfig").valueStream().filter(c -> configAlias.equals(c.at("/alias").asString()))
                .findFirst().orElseThrow().at("/config/condUserRole").asString()).isEqualTo("platform-admin");
        assertThat(flows.toString()).contains(secondFactor.at("/alias").asString());
        // The directory's service account: users only, nothing of the realm's configuration, clients or roles.
        assertThat(realm.at("/users").valueStream().filter(u -> "wardplan-directory".equals(u.at("/serviceAccountClientId").asString()))
                .findFirst().orElseThrow().at("/clientRoles/realm-management").valueStream().map(JsonNode::asString))
                .allMatch(role -> role.endsWith("-users"));
        assertThat(Charts.ofKind(objects, "ServiceMonitor")).hasSize(6);
        assertThat(Charts.ofKind(objects, "Deployment")).allSatisfy(d -> assertThat(d.at("/spec/template/spec/containers/0/image")
                .asString()).startsWith("registry.haiphong.gov.vn/wardplan/").endsWith(":1.2.3"));
    }

    @Test
    void autoscalingReplacesTheFixedReplicaCount() {
        List<JsonNode> objects = Charts.render(MATRIX.get("autoscaling on"));
        assertThat(Charts.ofKind(objects, "HorizontalPodAutoscaler")).hasSize(3);
        assertThat(Charts.ofKind(objects, "Deployment")).filteredOn(d -> d.at("/metadata/name").asString().endsWith("task-service"))
                .singleElement().satisfies(d -> assertThat(d.at("/spec/replicas").isMissingNode()).isTrue());
    }

    @Test
    void theSchemaRefusesAWrongValueAndTheLatestTag() {
        assertThatThrownBy(() -> Charts.render(Map.of("task-service.replicaCount", "many")))
                .hasMessageContaining("replicaCount");
        assertThatThrownBy(() -> Charts.render(Map.of("global.publicUrl", "wardplan.example.vn")))
                .hasMessageContaining("publicUrl");
        assertThatThrownBy(() -> Charts.render(Map.of("gateway.image.tag", "latest"))).hasMessageContaining("tag");
    }

    @Test
    void theProductionRealmKeepsTheDevRealmsRolesClaimsAndClientsButNoDemoAccounts() throws IOException {
        JsonNode dev = Charts.json(Charts.ROOT.resolveSibling("deploy/keycloak/wardplan-realm.json"));
        JsonNode production = Charts.json(Charts.ROOT.resolve("wardplan/files/wardplan-realm.json"));
        assertThat(production.at("/roles")).isEqualTo(dev.at("/roles"));
        assertThat(production.at("/components")).isEqualTo(dev.at("/components"));
        for (String client : List.of("wardplan-gateway", "wardplan-notifier", "wardplan-directory")) {
            assertThat(Charts.client(production, client).at("/protocolMappers")).as(client)
                    .isEqualTo(Charts.client(dev, client).at("/protocolMappers"));
        }
        assertThat(production.at("/users").findValues("username")).extracting(JsonNode::asString)
                .containsExactly("service-account-wardplan-notifier", "service-account-wardplan-directory");
    }

    private static boolean selects(JsonNode matchLabels, String app) {
        return app.equals(matchLabels.path("app.kubernetes.io/name").asString());
    }

    private static Set<String> referencedSecrets(List<JsonNode> objects) {
        Set<String> names = new HashSet<>();
        for (JsonNode object : objects) {
            object.findValues("secretKeyRef").forEach(ref -> names.add(ref.path("name").asString()));
            object.findValues("passwordSecretRef").forEach(ref -> names.add(ref.path("name").asString()));
            object.findValues("usernameSecret").forEach(ref -> names.add(ref.path("name").asString()));
            object.findValues("passwordSecret").forEach(ref -> names.add(ref.path("name").asString()));
            object.findValues("secretName").forEach(ref -> names.add(ref.asString()));
            object.findValues("tlsSecret").forEach(ref -> names.add(ref.asString()));
            object.findValues("secret").forEach(ref -> names.add(ref.path("name").asString()));
        }
        names.remove("");
        return names;
    }
}
