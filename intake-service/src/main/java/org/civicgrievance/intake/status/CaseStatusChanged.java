package org.civicgrievance.intake.status;

import java.time.Instant;

import org.civicgrievance.intake.grievance.StatusText;

/** Intake's own reading of resolution's {@code case.status-changed} payload. */
public record CaseStatusChanged(
        String caseId,
        int sequence,
        String status,
        StatusText statusText,
        String department,
        Instant changedAt) {
}
