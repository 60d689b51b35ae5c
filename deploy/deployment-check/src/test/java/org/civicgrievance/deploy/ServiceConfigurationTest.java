package org.civicgrievance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derivations the deployment tests rely on, on a made-up service: if they found nothing, the
 * deployment tests could not fail.
 */
class ServiceConfigurationTest {

    @TempDir
    Path root;

    @Test
    void requiredVariablesComeFromPlaceholdersAndFromSettingsReadWithoutDefault() throws IOException {
        write("platform/src/main/resources/META-INF/microprofile-config.properties", """
                shared.defaulted=${SHARED_DEFAULTED:fine}
                %prod.shared.key-location=${KEYS_URL}
                %dev.shared.key-location=${DEV_ONLY}
                shared.issuer=${ISSUER:http://127.0.0.1:8084}
                shared.reference=${java.io.tmpdir}/x
                """);
        write("platform/src/main/java/p/Producer.java", """
                class Producer {
                    Producer(@ConfigProperty(name = "kafka.bootstrap.servers") String servers,
                            @ConfigProperty(name = "batch", defaultValue = "100") int batch,
                            @ConfigProperty(name = "paths") Optional<List<String>> paths) {
                    }
                }
                """);
        write("things-service/src/main/resources/application.properties", """
                quarkus.http.port=9000
                things.directory=${THINGS_DIRECTORY}
                things.limit.burst=5
                """);
        write("things-service/src/main/java/t/ThingsConfig.java", """
                @ConfigMapping(prefix = "things")
                public interface ThingsConfig {
                    /** Read without a default. */
                    Duration interval();

                    @WithDefault("3")
                    int retries();

                    Optional<String> jurisdiction();

                    @WithName("home-zone")
                    ZoneId zone();

                    Limit limit();

                    interface Limit {
                        int perMinute();

                        int burst();
                    }
                }
                """);

        ServiceConfiguration things = new ServiceConfiguration(root, "things-service");

        assertEquals(Set.of("KEYS_URL", "ISSUER", "THINGS_DIRECTORY", "KAFKA_BOOTSTRAP_SERVERS", "THINGS_INTERVAL",
                "THINGS_LIMIT_PER_MINUTE", "THINGS_HOME_ZONE", "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD"), things.requiredEnvironment());
        assertEquals(9000, things.httpPort());
        assertEquals("things", things.schema());
    }

    @Test
    void topicsComeFromTopicsClassesChannelsAndDeadLetterQueues() throws IOException {
        write("platform/src/main/resources/META-INF/microprofile-config.properties", """
                mp.messaging.connector.smallrye-kafka.failure-strategy=dead-letter-queue
                """);
        write("platform/src/main/java/p/AuditEvents.java", """
                class AuditEvents {
                    public static final String TOPIC = "audit.recorded";
                }
                """);
        write("things-service/src/main/java/t/Topics.java", """
                final class Topics {
                    public static final String THING_MADE = "thing.made";
                    public static final String THING_ASKED_CHANNEL = "thing-asked";
                }
                """);
        write("things-service/src/main/resources/application.properties", """
                mp.messaging.incoming.thing-asked.connector=smallrye-kafka
                mp.messaging.incoming.thing-asked.topic=thing.asked
                mp.messaging.incoming.thing-told.connector=smallrye-kafka
                mp.messaging.incoming.thing-told.topic=thing.told
                mp.messaging.incoming.thing-told.dead-letter-queue.topic=thing.told.parked
                mp.messaging.incoming.thing-ignored.connector=smallrye-kafka
                mp.messaging.incoming.thing-ignored.topic=thing.ignored
                mp.messaging.incoming.thing-ignored.failure-strategy=ignore
                """);

        Set<String> topics = new ServiceConfiguration(root, "things-service").topics();

        assertEquals(Set.of("audit.recorded", "thing.made", "thing.asked", "thing.told", "thing.ignored",
                "dead-letter-topic-thing-asked", "thing.told.parked"), topics);
        assertTrue(!topics.contains("thing-asked"), "a channel name is not a topic");
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
