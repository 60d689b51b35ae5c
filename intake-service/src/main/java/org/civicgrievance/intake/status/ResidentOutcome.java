package org.civicgrievance.intake.status;

import org.civicgrievance.intake.grievance.StatusText;

/**
 * How the case ended, as the resident reads it: never just "closed".
 *
 * @param code      RESOLVED, PARTLY_RESOLVED, NOT_RESOLVABLE, NOT_OUR_REMIT or DUPLICATE
 * @param text      the outcome in plain words
 * @param reason    why it could not be resolved (handler's words), or null
 * @param whereElse where else to turn (handler's words), or null
 */
public record ResidentOutcome(String code, StatusText text, String reason, String whereElse) {
}
