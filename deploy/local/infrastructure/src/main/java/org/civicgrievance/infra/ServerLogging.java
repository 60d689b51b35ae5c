package org.civicgrievance.infra;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the embedded servers' chatter down to warnings.
 *
 * <p>A Kafka broker logs hundreds of INFO lines at start, which buries the output of the tests and
 * services people actually want to read. This works whenever the SLF4J binding ends in
 * java.util.logging (JBoss LogManager in Quarkus tests, slf4j-jdk14 elsewhere); a later explicit
 * setting, e.g. {@code quarkus.log.category."kafka".level}, still wins.
 */
final class ServerLogging {

    /** Kept strongly reachable: java.util.logging forgets the level of a logger it has collected. */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("kafka"),
            Logger.getLogger("org.apache.kafka"),
            Logger.getLogger("state.change.logger"),
            Logger.getLogger("ch.vorburger"));

    /** Warns at every start that its metadata log is empty, which for a fresh embedded broker is the point. */
    private static final Logger QUORUM_CONTROLLER = Logger.getLogger("org.apache.kafka.controller.QuorumController");

    private ServerLogging() {
    }

    static void quietDown() {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        QUORUM_CONTROLLER.setLevel(Level.SEVERE);
    }
}
