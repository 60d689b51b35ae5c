package org.civicgrievance.intake.grievance;

/** The answer to an accepted submission; the only time the access code is ever shown. */
public record SubmissionReceipt(String caseId, String trackingNumber, String accessCode, String status) {
}
