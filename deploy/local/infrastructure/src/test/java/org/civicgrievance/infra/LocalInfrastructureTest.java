package org.civicgrievance.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.ConsoleHandler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the real servers once and checks what the services rely on. */
class LocalInfrastructureTest {

    private static final String GRIEVANCE_TEXT = "市政路灯不亮 🚨";

    /** Held so java.util.logging keeps the handler we attach. */
    private static final Logger INFRA_LOG = Logger.getLogger("org.civicgrievance.infra");

    /** Not MariaDB's default (128 MiB), so the test sees the setting reach the server. */
    private static final int BUFFER_POOL_MIB = 64;

    private static LocalInfrastructure infrastructure;

    @BeforeAll
    static void startInfrastructure() {
        // Quarkus' bootstrap on this class path holds log records back until a Quarkus application
        // configures logging, which never happens here: print the start-up times directly.
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter() {
            @Override
            public String format(LogRecord record) {
                return "[infra] " + formatMessage(record) + System.lineSeparator();
            }
        });
        INFRA_LOG.addHandler(console);
        INFRA_LOG.setUseParentHandlers(false);
        infrastructure = LocalInfrastructure.start(Path.of("target", "test-infrastructure"),
                Map.of(InfrastructureSettings.MARIADB_BUFFER_POOL_MB, String.valueOf(BUFFER_POOL_MIB)));
    }

    @AfterAll
    static void stopInfrastructure() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void kafkaDeliversAProducedRecordToAConsumer() throws Exception {
        String topic = "grievance.submitted";
        String key = UUID.randomUUID().toString();
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, GRIEVANCE_TEXT)).get();
        }

        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }

        assertEquals(1, received.size());
        assertEquals(key, received.get(0).key());
        assertEquals(GRIEVANCE_TEXT, received.get(0).value());
    }

    @Test
    void databaseKeepsChineseTextAndEmojiExactly() throws Exception {
        infrastructure.createDatabase("infra_test");
        // Idempotent: every service creates its database at each start.
        infrastructure.createDatabase("infra_test");

        try (Connection connection = DriverManager.getConnection(
                infrastructure.jdbcUrl("infra_test"), infrastructure.username(), infrastructure.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE grievance (id INT PRIMARY KEY, title VARCHAR(100) NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO grievance VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, GRIEVANCE_TEXT);
                insert.executeUpdate();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT title, CHARSET(title), @@character_set_database FROM grievance WHERE id = 1")) {
                assertTrue(rows.next());
                assertEquals(GRIEVANCE_TEXT, rows.getString(1));
                assertEquals("utf8mb4", rows.getString(2));
                assertEquals("utf8mb4", rows.getString(3));
            }
        }
    }

    @Test
    void theEmbeddedServerHasTheBufferPoolTheEnvironmentAsksFor() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                infrastructure.jdbcUrl("mysql"), infrastructure.username(), infrastructure.password());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@GLOBAL.innodb_buffer_pool_size")) {
            assertTrue(row.next());
            assertEquals(BUFFER_POOL_MIB * 1024L * 1024, row.getLong(1));
        }
    }

    @Test
    void aBufferPoolThatIsNotASizeIsRefusedByName() {
        for (String wrong : List.of("4G", "-1", "7", "lots")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> InfrastructureSettings.from(Map.of(InfrastructureSettings.MARIADB_BUFFER_POOL_MB, wrong)));
            assertTrue(refused.getMessage().contains(InfrastructureSettings.MARIADB_BUFFER_POOL_MB), refused.getMessage());
        }
        assertEquals(1024, InfrastructureSettings.from(Map.of(InfrastructureSettings.MARIADB_BUFFER_POOL_MB, " 1024 "))
                .mariaDbBufferPoolMiB().getAsInt());
    }

    @Test
    void createDatabaseRejectsNamesThatCouldInjectSql() {
        for (String hostile : List.of("intake`; DROP DATABASE mysql; --", "Intake", "intake-1", "", "a b")) {
            assertThrows(IllegalArgumentException.class, () -> infrastructure.createDatabase(hostile), hostile);
        }
        assertThrows(IllegalArgumentException.class, () -> infrastructure.jdbcUrl("x?user=admin"));
    }

    @Test
    void externalServersFromTheEnvironmentAreUsedAndLeftRunning() throws Exception {
        String serverUrl = infrastructure.jdbcUrl("mysql").replaceFirst("/mysql\\?.*$", "");
        Map<String, String> env = Map.of(
                "GRIEVANCE_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "GRIEVANCE_MYSQL_URL", serverUrl + "?connectTimeout=5000",
                "GRIEVANCE_MYSQL_USER", "someone");

        try (LocalInfrastructure external = LocalInfrastructure.start(Path.of("target", "unused"), env)) {
            assertEquals(infrastructure.kafkaBootstrapServers(), external.kafkaBootstrapServers());
            assertEquals(serverUrl + "/routing?sslMode=DISABLED&useInformationSchema=false"
                    + "&characterEncoding=UTF-8&connectTimeout=5000", external.jdbcUrl("routing"));
            assertEquals("someone", external.username());
            external.createDatabase("external_test");

            // Only a broker this class started can be stopped; the message says which setting is in the way.
            assertFalse(external.hasEmbeddedKafka());
            IllegalStateException refused = assertThrows(IllegalStateException.class, external::stopKafka);
            assertTrue(refused.getMessage().contains("GRIEVANCE_KAFKA_BOOTSTRAP_SERVERS"), refused.getMessage());
        }

        // Closing the external-facing instance must not have stopped the servers it merely used.
        try (Connection connection = DriverManager.getConnection(
                infrastructure.jdbcUrl("external_test"), infrastructure.username(), infrastructure.password())) {
            assertTrue(connection.isValid(5));
        }
    }
}
