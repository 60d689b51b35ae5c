package org.civicgrievance.resolution.evaluation;

/**
 * Stars one kind of rating gave, as a count and an average (null when there is none).
 *
 * <p>Residents rate in words, which count as stars thus: SATISFIED 5, BASICALLY_SATISFIED 4,
 * DISSATISFIED 1 — "basically satisfied" is a pass with reservations, "dissatisfied" the lowest
 * mark (it also sends the case back). Supervisors give 1 to 5 stars themselves. The combined
 * stars weigh every rating alike, whoever gave it.
 */
public record Stars(long count, Double average) {

    static Stars of(long count, long sum) {
        return new Stars(count, count == 0 ? null : Math.round(sum * 100.0 / count) / 100.0);
    }

    /** Stars for a resident's rating word. */
    static int ofResidentRating(String rating) {
        return switch (rating) {
            case "SATISFIED" -> 5;
            case "BASICALLY_SATISFIED" -> 4;
            default -> 1;
        };
    }
}
