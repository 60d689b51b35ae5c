package org.civicgrievance.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.quarkus.logging.Log;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Parks a record a consumer cannot apply on {@code dead-letter-topic-<channel>}, as the Kafka
 * connector's own dead-letter strategy would (same topic, key, value and {@code dead-letter-*}
 * headers), so that a batch goes on past it: the connector can only park a whole batch.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, String> producer;

    public DeadLetters(@Named("outbox") Producer<String, String> producer) {
        this.producer = producer;
    }

    /** Returns once the broker has the record; throws if it cannot, so the batch is not acknowledged. */
    void park(String channel, ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> parked = new ProducerRecord<>("dead-letter-topic-" + channel, record.key(),
                record.value());
        parked.headers()
                .add("dead-letter-reason", bytes(String.valueOf(reason.getMessage())))
                .add("dead-letter-exception-class-name", bytes(reason.getClass().getName()))
                .add("dead-letter-topic", bytes(record.topic()))
                .add("dead-letter-partition", bytes(Integer.toString(record.partition())))
                .add("dead-letter-offset", bytes(Long.toString(record.offset())));
        try {
            producer.send(parked).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a record", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not park %s-%d@%d on the dead-letter topic"
                    .formatted(record.topic(), record.partition(), record.offset()), e);
        }
        Log.errorf("Parked %s-%d@%d on dead-letter-topic-%s: %s", record.topic(), record.partition(), record.offset(),
                channel, reason.getMessage());
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
