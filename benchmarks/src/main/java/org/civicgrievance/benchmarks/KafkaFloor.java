package org.civicgrievance.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the same broker does with no service in front of it: the events a real submission put in
 * intake's outbox, produced again to a scratch topic by a producer set up as the outbox relay's is
 * (idempotent, acks from all in-sync replicas) and in the relay's pattern (a batch sent, then every
 * acknowledgement awaited). Beside it, how many records a case costs on the broker, read from the
 * topics' end offsets, so the pipeline's rate can be set beside the floor.
 */
final class KafkaFloor implements AutoCloseable {

    private static final String SCRATCH_TOPIC = "bench.kafka-floor";

    private final Producer<String, String> producer;
    private final Admin admin;
    private final List<ProducerRecord<String, String>> templates;

    KafkaFloor(String bootstrapServers, String jdbcUrl, String user, String password) throws SQLException {
        this.templates = latestSubmissionEvents(jdbcUrl, user, password);
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-kafka-floor",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** The latest submission's events as the relay sends them, payload and headers, bound for the scratch topic. */
    private static List<ProducerRecord<String, String>> latestSubmissionEvents(String url, String user, String password)
            throws SQLException {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT message_key, payload, event_id, event_type FROM outbox_event"
                        + " ORDER BY id DESC LIMIT 100")) {
            while (rows.next()) {
                ProducerRecord<String, String> record = new ProducerRecord<>(SCRATCH_TOPIC, rows.getString(1),
                        rows.getString(2));
                record.headers()
                        .add("ce_id", rows.getString(3).getBytes(StandardCharsets.UTF_8))
                        .add("ce_type", rows.getString(4).getBytes(StandardCharsets.UTF_8));
                records.add(record);
            }
        }
        if (records.isEmpty()) {
            throw new IllegalStateException("no event to copy: submit before measuring the floor");
        }
        return records;
    }

    /**
     * Produces {@code count} records in batches of {@code batchSize}, each batch's acknowledgements awaited
     * before the next is sent, as one relay does.
     *
     * @return records per second
     */
    double measure(int count, int batchSize) throws InterruptedException, ExecutionException {
        // the scratch topic created and its leader known before the clock starts
        send(batchSize, batchSize);
        long start = System.nanoTime();
        send(count, batchSize);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private void send(int count, int batchSize) throws InterruptedException, ExecutionException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batchSize);
        for (int sent = 0; sent < count; sent++) {
            ProducerRecord<String, String> template = templates.get(sent % templates.size());
            acks.add(producer.send(new ProducerRecord<>(SCRATCH_TOPIC, null, template.key(), template.value(),
                    template.headers())));
            if (acks.size() == batchSize || sent == count - 1) {
                for (Future<RecordMetadata> ack : acks) {
                    ack.get();
                }
                acks.clear();
            }
        }
    }

    /** Every record the services' topics hold, the scratch topic left out: its growth over a window is what the window cost. */
    long recordsOnBroker() throws InterruptedException, ExecutionException {
        Set<String> topics = admin.listTopics().names().get().stream()
                .filter(topic -> !topic.equals(SCRATCH_TOPIC))
                .collect(Collectors.toSet());
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> partitions = descriptions.values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().values().stream()
                .mapToLong(offsets -> offsets.offset())
                .sum();
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
