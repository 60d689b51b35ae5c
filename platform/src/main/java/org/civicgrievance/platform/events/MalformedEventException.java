package org.civicgrievance.platform.events;

/** An event that cannot be understood; redelivering it would not help, so it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
