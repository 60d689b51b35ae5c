package org.civicgrievance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's src/main/docker/Dockerfile.jvm packages its fast-jar to run as a non-root user on Java 17. */
class ContainerImageTest {

    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");

    static Stream<ServiceConfiguration> services() {
        return Repository.services().stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void theImageRunsTheFastJarOnJava17AsANonRootUser(ServiceConfiguration service) {
        String dockerfile = dockerfile(service);
        Matcher from = FROM.matcher(dockerfile);
        assertTrue(from.find() && from.group(1).matches(".*[:-]17([-.].*)?"), service + " runs on a Java 17 image");
        assertTrue(dockerfile.contains("COPY target/quarkus-app/"), service + " copies the fast-jar");
        assertTrue(dockerfile.contains("/deployments/quarkus-run.jar"), service + " starts quarkus-run.jar");
        Matcher user = USER.matcher(dockerfile);
        assertTrue(user.find(), service + " sets a USER");
        assertTrue(user.group(1).matches("[1-9][0-9]*"), service + ": a numeric, non-root USER lets Kubernetes check"
                + " runAsNonRoot, not " + user.group(1));

        String packaging = service.productionProperties().getOrDefault("quarkus.package.jar.type", "fast-jar");
        assertEquals("fast-jar", packaging, service + " must package target/quarkus-app");
        assertTrue(Repository.read(service.directory().resolve(".dockerignore")).contains("!target/quarkus-app"),
                service + "'s .dockerignore lets the fast-jar into the build context");
    }

    @ParameterizedTest
    @MethodSource("services")
    void theImageExposesAndChecksTheServicePort(ServiceConfiguration service) {
        String dockerfile = dockerfile(service);
        int port = service.httpPort();
        Matcher expose = EXPOSE.matcher(dockerfile);
        assertTrue(expose.find(), service + " exposes a port");
        assertEquals(port, Integer.parseInt(expose.group(1)), service + " exposes quarkus.http.port");
        assertTrue(dockerfile.contains("HEALTHCHECK") && dockerfile.contains("/q/health/live")
                && dockerfile.contains("${QUARKUS_HTTP_PORT:-" + port + "}"), service + "'s HEALTHCHECK asks its liveness");
    }

    /** The probes' paths are SmallRye Health's, where the services serve them. */
    @Test
    void healthEndpointsAreWhereTheProbesLook() {
        assertTrue(Repository.read(Repository.file("platform/pom.xml")).contains("<artifactId>quarkus-smallrye-health</artifactId>"),
                "the platform brings quarkus-smallrye-health to every service");
        for (ServiceConfiguration service : Repository.services()) {
            Map<String, String> properties = service.productionProperties();
            for (String moved : List.of("quarkus.http.root-path", "quarkus.http.non-application-root-path",
                    "quarkus.smallrye-health.root-path", "quarkus.smallrye-health.liveness-path",
                    "quarkus.smallrye-health.readiness-path", "quarkus.smallrye-health.startup-path")) {
                assertFalse(properties.containsKey(moved), service + " sets " + moved + ": the probes' paths would move");
            }
        }
    }

    private static String dockerfile(ServiceConfiguration service) {
        Path file = service.directory().resolve("src/main/docker/Dockerfile.jvm");
        assertTrue(Files.isRegularFile(file), file + " exists");
        return Repository.read(file);
    }
}
