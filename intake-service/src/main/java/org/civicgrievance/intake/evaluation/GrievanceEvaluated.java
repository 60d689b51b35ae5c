package org.civicgrievance.intake.evaluation;

import java.time.Instant;

/**
 * Payload of {@code grievance.evaluated}: the resident's rating of a resolution. Resolution closes
 * the case on a satisfied rating and reopens it on a dissatisfied one.
 *
 * @param resolutionRound the position of the RESOLVED status being rated, as resolution reported it
 */
public record GrievanceEvaluated(String caseId, String trackingNumber, String evaluationId, int resolutionRound,
        Rating rating, String comment, Instant evaluatedAt) {
}
