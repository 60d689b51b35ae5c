package org.civicgrievance.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A broker stopped and started again is the same broker to its clients: same address, records and offsets. */
class EmbeddedKafkaRestartTest {

    private static final String TOPIC = "restart-test";
    private static final String GROUP = "restart-test-group";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(Path.of("target", "test-kafka-restart"));
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void recordsAndCommittedOffsetsSurviveARestartOnTheSameAddress() {
        String address = kafka.bootstrapServers();
        send("before the outage");
        assertEquals(List.of("before the outage"), readAndCommit(1));

        kafka.stop();
        assertFalse(kafka.isRunning());
        assertThrows(IllegalStateException.class, kafka::stop);
        kafka.startAgain();
        assertTrue(kafka.isRunning());
        assertThrows(IllegalStateException.class, kafka::startAgain);

        assertEquals(address, kafka.bootstrapServers());
        send("after the outage");
        // The group resumes after its committed offset: the first record is not read again.
        assertEquals(List.of("after the outage"), readAndCommit(1));
    }

    private static void send(String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "key", value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + kafka.bootstrapServers(), e);
        }
    }

    /** Reads until {@code count} records arrived (or the timeout passed) and commits what it read. */
    private static List<String> readAndCommit(int count) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync();
        }
        return values;
    }
}
