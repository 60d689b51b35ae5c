package org.civicgrievance.intake.grievance;

import java.util.List;

/**
 * The answer to an accepted submission; the only time the access code is ever shown.
 *
 * @param notices what the resident should know about how the case was taken in, in both languages
 */
public record SubmissionReceipt(String caseId, String trackingNumber, String accessCode, String status,
        List<Notice> notices) {

    public record Notice(String code, String zh, String en) {

        /** Another resident's case is never named: only that one like it exists. */
        public static final Notice LINKED_TO_SIMILAR_CASE = new Notice("LINKED_TO_SIMILAR_CASE",
                "近48小时内已有相同地点或相同联系人的类似诉求，您的诉求已与其关联，将一并办理。",
                "A similar case from the same place or person was submitted in the last 48 hours; yours is linked to it and will be handled together.");
    }
}
