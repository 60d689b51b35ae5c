package org.civicgrievance.resolution.casework;

import java.time.Instant;

/** Payload of {@code case.status-changed}: what residents should now read about their case. */
public record CaseStatusChanged(
        String caseId,
        String trackingNumber,
        int sequence,
        CaseStatus status,
        StatusText statusText,
        String department,
        Instant changedAt) {

    public record StatusText(String zh, String en) {
    }

    static CaseStatusChanged of(GrievanceCase aCase, Instant changedAt) {
        CaseStatus status = aCase.getStatus();
        return new CaseStatusChanged(aCase.getId(), aCase.getTrackingNumber(), aCase.getStatusSequence(), status,
                new StatusText(status.textZh(), status.textEn()), aCase.getDepartment(), changedAt);
    }
}
