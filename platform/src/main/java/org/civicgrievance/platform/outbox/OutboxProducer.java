package org.civicgrievance.platform.outbox;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

/**
 * The relay's Kafka producer: idempotent with acks from all in-sync replicas, so a retried send
 * neither loses nor duplicates a record within the broker. It connects as the service's other Kafka
 * clients do: every producer setting under {@code kafka.} (servers, TLS, SASL) is taken over.
 */
@ApplicationScoped
class OutboxProducer {

    @Produces
    @ApplicationScoped
    @Named("outbox")
    Producer<String, String> producer(@Identifier("default-kafka-broker") Map<String, Object> broker,
            @ConfigProperty(name = "grievance.events.source") String clientId) {
        Map<String, Object> settings = new HashMap<>();
        broker.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox" + clientId.replace('/', '-'));
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // fail a send in seconds, not minutes: the row stays unpublished and the next sweep retries
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    void close(@Disposes @Named("outbox") Producer<String, String> producer) {
        producer.close();
    }
}
