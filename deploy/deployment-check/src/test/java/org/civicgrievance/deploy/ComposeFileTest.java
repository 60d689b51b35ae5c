package org.civicgrievance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** deploy/compose/docker-compose.yml gives each service what its code and configuration need. */
class ComposeFileTest {

    private static final Path DIRECTORY = Repository.file("deploy/compose");
    private static final Map<String, Object> COMPOSE = Yaml.load(DIRECTORY.resolve("docker-compose.yml"));
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

    static Stream<ServiceConfiguration> services() {
        return Repository.services().stream();
    }

    /** The service and the one-shot job that migrates its schema with the same image and configuration. */
    private static List<String> containersOf(ServiceConfiguration service) {
        return List.of(service.name(), service.schema() + "-migrate");
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyVariableTheServiceRequiresIsSet(ServiceConfiguration service) {
        Set<String> required = service.requiredEnvironment();
        for (String container : containersOf(service)) {
            Map<String, String> environment = environment(container);
            Set<String> missing = new TreeSet<>(required);
            environment.forEach((name, value) -> {
                if (!value.isBlank()) {
                    missing.remove(name);
                }
            });
            assertEquals(Set.of(), missing, container + " in docker-compose.yml lacks variables " + service
                    + " requires in production");
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theServiceRunsAsItsDataAccountAndOnlyItsMigrationJobMigrates(ServiceConfiguration service) {
        Set<String> accounts = GrantsFile.accounts();
        Map<String, String> running = environment(service.name());
        Map<String, String> migration = environment(service.schema() + "-migrate");

        assertTrue(accounts.contains(GrantsFile.applicationAccount(service)), GrantsFile.PATH + " has no account for " + service);
        assertEquals(GrantsFile.applicationAccount(service), running.get("QUARKUS_DATASOURCE_USERNAME"), service.name());
        assertEquals(GrantsFile.migratorAccount(service), migration.get("QUARKUS_DATASOURCE_USERNAME"), service.schema() + "-migrate");
        assertEquals("false", running.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), service.name() + " must not migrate");
        assertEquals("true", migration.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
        assertEquals("true", migration.get("QUARKUS_INIT_AND_EXIT"));
        for (Map<String, String> environment : List.of(running, migration)) {
            String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
            assertTrue(url.split("\\?")[0].endsWith("/" + service.schema()), url + " is not schema " + service.schema());
        }
        assertEquals(Yaml.text(service(service.name()), "image"), Yaml.text(service(service.schema() + "-migrate"), "image"),
                "the migration job runs the service's own image");
    }

    @ParameterizedTest
    @MethodSource("services")
    void portAndHealthCheckAreTheService(ServiceConfiguration service) {
        Object compose = service(service.name());
        int port = service.httpPort();
        List<String> ports = Yaml.list(Yaml.at(compose, "ports")).stream().map(String::valueOf).toList();
        assertTrue(ports.stream().anyMatch(mapping -> mapping.endsWith(":" + port)), service + " publishes " + ports
                + ", not its quarkus.http.port " + port);
        String check = String.join(" ", Yaml.list(Yaml.at(compose, "healthcheck", "test")).stream().map(String::valueOf).toList());
        assertTrue(check.contains("127.0.0.1/" + port + " ") && check.contains("/q/health/ready"),
                service + "'s health check asks " + check);
    }

    @ParameterizedTest
    @MethodSource("services")
    void imagesAreBuiltFromTheServiceModule(ServiceConfiguration service) {
        for (String container : containersOf(service)) {
            Object build = Yaml.at(service(container), "build");
            assertNotNull(build, container + " has no build section");
            Path context = DIRECTORY.resolve(Yaml.text(build, "context")).normalize();
            assertEquals(service.directory().normalize(), context, container + "'s build context");
            assertTrue(Files.isRegularFile(context.resolve(Yaml.text(build, "dockerfile"))), container + "'s Dockerfile");
        }
    }

    @Test
    void theAccountJobsHaveAPasswordForEveryAccountOfGrantsSql() {
        for (String job : List.of("db-accounts", "db-grants")) {
            Map<String, String> environment = environment(job);
            for (String account : GrantsFile.accounts()) {
                String variable = ServiceConfiguration.environmentName(account) + "_PASSWORD";
                assertTrue(environment.containsKey(variable), job + " needs " + variable + " for account " + account);
            }
        }
    }

    @Test
    void everyTopicTheServicesNameIsCreated() {
        Set<String> created = Topics.listed(Yaml.text(service("kafka-topics"), "environment", "TOPICS"));
        Set<String> missing = new TreeSet<>(Topics.expected());
        missing.removeAll(created);
        assertEquals(Set.of(), missing, "topics the kafka-topics job does not create");
    }

    @Test
    void everyMountedFileExists() {
        for (Map.Entry<String, Object> entry : Yaml.map(COMPOSE.get("services")).entrySet()) {
            for (Object volume : Yaml.list(Yaml.at(entry.getValue(), "volumes"))) {
                String host = String.valueOf(volume).split(":")[0];
                if (host.startsWith(".")) {
                    assertTrue(Files.exists(DIRECTORY.resolve(host)), entry.getKey() + " mounts missing " + host);
                }
            }
        }
    }

    @Test
    void theExampleEnvironmentNamesEveryRequiredValueAndHoldsNoSecret() {
        Map<String, String> example = exampleEnvironment();
        Set<String> required = new TreeSet<>();
        Matcher interpolation = INTERPOLATION.matcher(Repository.read(DIRECTORY.resolve("docker-compose.yml")));
        while (interpolation.find()) {
            if (interpolation.group(2) == null || interpolation.group(2).startsWith(":?")) {
                required.add(interpolation.group(1));
            }
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(example.keySet());
        assertEquals(Set.of(), missing, ".env.example lacks variables docker-compose.yml requires");
        example.forEach((name, value) -> {
            if (name.endsWith("PASSWORD")) {
                assertEquals("replace-me", value, name + " in .env.example must be a placeholder");
            }
        });
    }

    private static Map<String, String> exampleEnvironment() {
        return Repository.read(DIRECTORY.resolve(".env.example")).lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1), (a, b) -> b, LinkedHashMap::new));
    }

    private static Object service(String name) {
        Object service = Yaml.at(COMPOSE, "services", name);
        assertNotNull(service, "docker-compose.yml has no service " + name);
        return service;
    }

    private static Map<String, String> environment(String container) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = Yaml.at(service(container), "environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((name, value) -> environment.put(String.valueOf(name), value == null ? "" : String.valueOf(value)));
        } else {
            for (Object entry : Yaml.list(declared)) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return environment;
    }
}
