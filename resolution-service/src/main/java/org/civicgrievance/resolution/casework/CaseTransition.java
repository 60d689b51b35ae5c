package org.civicgrievance.resolution.casework;

import java.time.Instant;

/** What a state change did to a case; the service writes it to the audit trail. */
public record CaseTransition(String caseId, String department, CaseStatus from, CaseStatus to, String actor,
        String detail, Instant at) {

    static CaseTransition of(GrievanceCase aCase, CaseStatus from, String actor, String detail, Instant at) {
        return new CaseTransition(aCase.getId(), aCase.getDepartment(), from, aCase.getStatus(), actor, detail, at);
    }
}
