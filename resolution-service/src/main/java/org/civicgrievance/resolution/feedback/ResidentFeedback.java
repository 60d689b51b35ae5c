package org.civicgrievance.resolution.feedback;

import java.time.Instant;

/** Resolution's own reading of what intake reports from residents. */
final class ResidentFeedback {

    private ResidentFeedback() {
    }

    /** {@code grievance.supplemented} */
    record Supplemented(String caseId, String supplementId, String text, Instant addedAt) {
    }

    /** {@code grievance.evaluated}; ratings are SATISFIED, BASICALLY_SATISFIED or DISSATISFIED. */
    record Evaluated(String caseId, String evaluationId, int resolutionRound, String rating, String comment,
            Instant evaluatedAt) {

        static final String DISSATISFIED = "DISSATISFIED";

        boolean satisfied() {
            return !DISSATISFIED.equals(rating);
        }
    }
}
