package org.civicgrievance.routing.priority;

/** A case's priority and the words that say why, e.g. "urgent keyword '燃气泄漏'". */
public record PriorityAssessment(Priority priority, String reason) {

    /** How the assessment reads after a routing reason. */
    public String describe() {
        return "priority " + priority + " (" + reason + ")";
    }
}
