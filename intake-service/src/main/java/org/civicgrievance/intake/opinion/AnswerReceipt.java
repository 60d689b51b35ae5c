package org.civicgrievance.intake.opinion;

import java.time.Instant;

/** The answer to an accepted answer; the only time the answer code is ever shown. */
public record AnswerReceipt(String formId, String answerId, String answerCode, Instant submittedAt) {
}
