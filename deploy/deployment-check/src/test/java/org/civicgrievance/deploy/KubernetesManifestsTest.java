package org.civicgrievance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** deploy/kubernetes gives each service what its code and configuration need. */
class KubernetesManifestsTest {

    private static final Path DIRECTORY = Repository.file("deploy/kubernetes");
    private static final Map<String, Object> KUSTOMIZATION = Yaml.load(DIRECTORY.resolve("kustomization.yaml"));
    private static final List<Map<String, Object>> RESOURCES = resources();

    static Stream<ServiceConfiguration> services() {
        return Repository.services().stream();
    }

    @Test
    void kustomizationListsEveryManifestAndEveryListedFileExists() throws IOException {
        Set<String> listed = new TreeSet<>(manifestFiles());
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            files.filter(file -> file.toString().endsWith(".yaml") && !file.getFileName().toString().equals("kustomization.yaml"))
                    .forEach(file -> present.add(DIRECTORY.relativize(file).toString().replace('\\', '/')));
        }
        assertEquals(present, listed, "kustomization.yaml resources against the manifests in deploy/kubernetes");
        for (Object generator : Yaml.list(KUSTOMIZATION.get("configMapGenerator"))) {
            for (Object file : Yaml.list(Yaml.at(generator, "files"))) {
                assertTrue(Files.isRegularFile(DIRECTORY.resolve(String.valueOf(file))), "generator file " + file);
            }
        }
    }

    @Test
    void theGrantsJobRunsTheRepositoryGrantsWithTheScript() {
        assertTrue(Yaml.list(KUSTOMIZATION.get("resources")).contains("../mysql"), "kustomization.yaml takes in deploy/mysql");
        Map<String, Object> mysql = Yaml.load(Repository.file("deploy/mysql/kustomization.yaml"));
        Object generator = Yaml.list(mysql.get("configMapGenerator")).get(0);
        assertEquals(List.of("grants.sql"), Yaml.list(Yaml.at(generator, "files")), "deploy/mysql publishes grants.sql");
        Object job = resource("Job", "db-grants");
        Set<String> mounted = new TreeSet<>();
        for (Object volume : Yaml.list(Yaml.at(job, "spec", "template", "spec", "volumes"))) {
            Yaml.list(Yaml.at(volume, "projected", "sources")).forEach(source -> mounted.add(Yaml.text(source, "configMap", "name")));
        }
        assertEquals(Set.of(Yaml.text(generator, "name"), "db-grants-script"), mounted, "the db-grants Job's files");
        Object container = Yaml.list(Yaml.at(job, "spec", "template", "spec", "containers")).get(0);
        Map<String, String> environment = environment(container);
        for (String account : GrantsFile.accounts()) {
            String variable = ServiceConfiguration.environmentName(account) + "_PASSWORD";
            assertTrue(environment.containsKey(variable), "db-grants needs " + variable + " for account " + account);
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyContainerRunningTheServiceHasTheVariablesItRequires(ServiceConfiguration service) {
        List<Object> containers = serviceContainers(service);
        assertTrue(containers.size() >= 2, service + ": a migrate init container and the service's own");
        Set<String> required = service.requiredEnvironment();
        for (Object container : containers) {
            Set<String> missing = new TreeSet<>(required);
            missing.removeAll(environment(container).keySet());
            assertEquals(Set.of(), missing, service + " container " + Yaml.text(container, "name")
                    + " lacks variables the service requires in production");
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theServiceRunsAsItsDataAccountAndOnlyItsInitContainerMigrates(ServiceConfiguration service) {
        Object deployment = resource("Deployment", service.name());
        Object migrate = Yaml.list(Yaml.at(deployment, "spec", "template", "spec", "initContainers")).get(0);
        Map<String, String> migration = environment(migrate);
        Map<String, String> running = environment(mainContainer(service));
        assertTrue(GrantsFile.accounts().contains(GrantsFile.applicationAccount(service)));
        assertEquals(GrantsFile.applicationAccount(service), running.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(GrantsFile.migratorAccount(service), migration.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals("false", running.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), service + " must not migrate");
        assertEquals("true", migration.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
        assertEquals("true", migration.get("QUARKUS_INIT_AND_EXIT"));
        for (Map<String, String> environment : List.of(running, migration)) {
            String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
            assertTrue(url.split("\\?")[0].endsWith("/" + service.schema()), url + " is not schema " + service.schema());
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void portsProbesReplicasAndResources(ServiceConfiguration service) {
        Object deployment = resource("Deployment", service.name());
        Object container = mainContainer(service);
        int port = service.httpPort();

        assertTrue(((Number) Yaml.at(deployment, "spec", "replicas")).intValue() >= 2, service + " runs at least 2 replicas");
        assertEquals(port, containerPort(container, "http"), service + "'s containerPort http is quarkus.http.port");
        Map<String, String> probes = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started");
        probes.forEach((probe, path) -> {
            assertEquals(path, Yaml.text(container, probe, "httpGet", "path"), service + " " + probe);
            assertEquals(port, portNumber(container, Yaml.at(container, probe, "httpGet", "port")), service + " " + probe + " port");
        });
        for (String kind : List.of("requests", "limits")) {
            assertNotNull(Yaml.at(container, "resources", kind, "memory"), service + " memory " + kind);
            assertNotNull(Yaml.at(container, "resources", kind, "cpu"), service + " cpu " + kind);
        }

        Map<String, Object> podLabels = Yaml.map(Yaml.at(deployment, "spec", "template", "metadata", "labels"));
        Object kubernetesService = resource("Service", service.name());
        assertTrue(podLabels.entrySet().containsAll(Yaml.map(Yaml.at(kubernetesService, "spec", "selector")).entrySet()),
                "the Service selects " + service + "'s pods");
        Object servicePort = Yaml.list(Yaml.at(kubernetesService, "spec", "ports")).get(0);
        assertEquals(port, portNumber(container, Yaml.at(servicePort, "targetPort")), "the Service's targetPort");

        Object budget = resource("PodDisruptionBudget", service.name());
        assertTrue(podLabels.entrySet().containsAll(Yaml.map(Yaml.at(budget, "spec", "selector", "matchLabels")).entrySet()),
                "the PodDisruptionBudget selects " + service + "'s pods");
    }

    @Test
    void everyTopicTheServicesNameIsCreatedByTheJob() {
        Object job = resource("Job", "kafka-topics");
        Object container = Yaml.list(Yaml.at(job, "spec", "template", "spec", "containers")).get(0);
        Set<String> created = Topics.listed(environment(container).get("TOPICS"));
        Set<String> missing = new TreeSet<>(Topics.expected());
        missing.removeAll(created);
        assertEquals(Set.of(), missing, "topics the kafka-topics Job does not create");
    }

    @Test
    void everyServiceImageIsMappedToTheRegistry() {
        Set<String> mapped = new TreeSet<>();
        Yaml.list(KUSTOMIZATION.get("images")).forEach(image -> mapped.add(Yaml.text(image, "name")));
        for (ServiceConfiguration service : Repository.services()) {
            for (Object container : serviceContainers(service)) {
                assertTrue(mapped.contains(Yaml.text(container, "image")), Yaml.text(container, "image") + " not in images");
            }
        }
    }

    /** The containers of the service's Deployment that run its image: init containers included. */
    private static List<Object> serviceContainers(ServiceConfiguration service) {
        Object pod = Yaml.at(resource("Deployment", service.name()), "spec", "template", "spec");
        List<Object> containers = new ArrayList<>(Yaml.list(Yaml.at(pod, "initContainers")));
        containers.addAll(Yaml.list(Yaml.at(pod, "containers")));
        return containers.stream().filter(container -> ("civic-grievance/" + service.name()).equals(Yaml.text(container, "image")))
                .toList();
    }

    private static Object mainContainer(ServiceConfiguration service) {
        Object pod = Yaml.at(resource("Deployment", service.name()), "spec", "template", "spec");
        return Yaml.list(Yaml.at(pod, "containers")).stream()
                .filter(container -> service.name().equals(Yaml.text(container, "name"))).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no container named " + service.name()));
    }

    private static int containerPort(Object container, String name) {
        return Yaml.list(Yaml.at(container, "ports")).stream().filter(port -> name.equals(Yaml.text(port, "name")))
                .map(port -> ((Number) Yaml.at(port, "containerPort")).intValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no port named " + name));
    }

    private static int portNumber(Object container, Object port) {
        return port instanceof Number number ? number.intValue() : containerPort(container, String.valueOf(port));
    }

    /**
     * A container's environment as Kubernetes builds it: envFrom ConfigMaps and Secrets, then env;
     * every reference must name a ConfigMap or Secret key these manifests define, and values must not be blank.
     */
    private static Map<String, String> environment(Object container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Object source : Yaml.list(Yaml.at(container, "envFrom"))) {
            String configMap = Yaml.text(source, "configMapRef", "name");
            String secret = Yaml.text(source, "secretRef", "name");
            environment.putAll(configMap != null ? data("ConfigMap", configMap) : data("Secret", secret));
        }
        for (Object variable : Yaml.list(Yaml.at(container, "env"))) {
            String name = Yaml.text(variable, "name");
            String value = Yaml.text(variable, "value");
            if (value == null) {
                Object configMapKey = Yaml.at(variable, "valueFrom", "configMapKeyRef");
                Object secretKey = Yaml.at(variable, "valueFrom", "secretKeyRef");
                Object reference = configMapKey != null ? configMapKey : secretKey;
                assertNotNull(reference, name + " has neither value nor a ConfigMap or Secret key");
                value = data(configMapKey != null ? "ConfigMap" : "Secret", Yaml.text(reference, "name"))
                        .get(Yaml.text(reference, "key"));
                assertNotNull(value, name + " refers to a missing key " + Yaml.text(reference, "key"));
            }
            assertTrue(!value.isBlank(), name + " is blank");
            environment.put(name, value);
        }
        return environment;
    }

    private static Map<String, String> data(String kind, String name) {
        Object resource = resource(kind, name);
        Map<String, String> data = new LinkedHashMap<>();
        for (String field : List.of("data", "stringData")) {
            Yaml.map(Yaml.at(resource, field)).forEach((key, value) -> data.put(key, String.valueOf(value)));
        }
        return data;
    }

    private static Object resource(String kind, String name) {
        return RESOURCES.stream()
                .filter(resource -> kind.equals(resource.get("kind")) && name.equals(Yaml.text(resource, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("deploy/kubernetes has no " + kind + " " + name));
    }

    /** The kustomization's resources that are files here (not other kustomizations' directories). */
    private static List<String> manifestFiles() {
        return Yaml.list(KUSTOMIZATION.get("resources")).stream().map(String::valueOf)
                .filter(resource -> resource.endsWith(".yaml")).toList();
    }

    private static List<Map<String, Object>> resources() {
        List<Map<String, Object>> resources = new ArrayList<>();
        manifestFiles().forEach(file -> resources.addAll(Yaml.loadAll(DIRECTORY.resolve(file))));
        return resources;
    }
}
