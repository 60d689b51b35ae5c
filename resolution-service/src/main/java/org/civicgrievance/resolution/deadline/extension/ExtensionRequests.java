package org.civicgrievance.resolution.deadline.extension;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.civicgrievance.platform.validation.MaxCharacters;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.LimitBody;

/** Bodies of the extension API. */
public final class ExtensionRequests {

    private ExtensionRequests() {
    }

    /**
     * @param clock    the clock to extend; RESOLUTION when left out
     * @param reason   shown to the resident
     * @param newDueAt the new due time; or instead
     * @param extra    more time, counted on the clock's calendar from its current due time
     */
    public record ExtensionRequest(ClockKind clock, @NotBlank @MaxCharacters(500) String reason, Instant newDueAt,
            @Valid LimitBody extra) {
    }

    public record DecisionRequest(@MaxCharacters(500) String note) {
    }

    public record ExtensionView(String id, String caseId, String department, ExtensionState state, String reason,
            String requestedBy, Instant requestedAt, Instant dueBefore, Instant requestedDueAt, String decidedBy,
            Instant decidedAt, String decisionNote) {

        static ExtensionView of(DeadlineExtension e) {
            return new ExtensionView(e.getId(), e.getCaseId(), e.getDepartment(), e.getState(), e.getReason(),
                    e.getRequestedBy(), e.getRequestedAt(), e.getDueBefore(), e.getRequestedDueAt(), e.getDecidedBy(),
                    e.getDecidedAt(), e.getDecisionNote());
        }
    }
}
