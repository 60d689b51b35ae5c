package org.civicgrievance.platform.outbox;

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

/**
 * The relay's Kafka producer: idempotent with acks from all in-sync replicas, so a retried send
 * neither loses nor duplicates a record within the broker.
 */
@ApplicationScoped
class OutboxProducer {

    @Produces
    @ApplicationScoped
    @Named("outbox")
    Producer<String, String> producer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "grievance.events.source") String clientId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox" + clientId.replace('/', '-'),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // fail a send in seconds, not minutes: the row stays unpublished and the next sweep retries
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000),
                new StringSerializer(), new StringSerializer());
    }

    void close(@Disposes @Named("outbox") Producer<String, String> producer) {
        producer.close();
    }
}
