package org.civicgrievance.intake.status;

import java.time.Instant;

/**
 * Something the department wrote to the resident: a QUESTION it waits for an answer to, a NOTE
 * on progress, or the RESOLUTION. Internal notes never reach intake.
 */
public record ResidentNote(String kind, String text, Instant writtenAt) {
}
