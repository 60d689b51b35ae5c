package org.civicgrievance.routing.placement;

import java.time.Instant;

import org.civicgrievance.routing.priority.Priority;
import org.civicgrievance.routing.rule.RoutingDecision;

/**
 * Payload of {@code grievance.routed}: the case as submitted, the department that now owns it and
 * the rule (id and version) that decided, with a readable reason, so every placement is explainable.
 */
public record GrievanceRouted(
        String caseId,
        String trackingNumber,
        String kind,
        String category,
        String title,
        String description,
        SubmittedCase.Location location,
        SubmittedCase.Contact contact,
        String channel,
        Instant submittedAt,
        String department,
        Long ruleId,
        Integer ruleVersion,
        String reason,
        String priority,
        Instant routedAt,
        /** the case id this case was split from by a dispatcher, one part per department; null otherwise */
        String splitFrom) {

    static GrievanceRouted of(SubmittedCase submitted, RoutingDecision decision, Priority priority, Instant routedAt) {
        return new GrievanceRouted(submitted.caseId(), submitted.trackingNumber(), submitted.kind(),
                submitted.category(), submitted.title(), submitted.description(), submitted.location(),
                submitted.contact(), submitted.channel(), submitted.submittedAt(), decision.departmentCode(),
                decision.ruleId(), decision.ruleVersion(), decision.reason(), priority.name(), routedAt, null);
    }

    /** A part of a split case: the part's own id and tracking number, and the case it came from. */
    static GrievanceRouted ofPart(SubmittedCase part, String splitFrom, RoutingDecision decision, Priority priority,
            Instant routedAt) {
        GrievanceRouted routed = of(part, decision, priority, routedAt);
        return new GrievanceRouted(routed.caseId(), routed.trackingNumber(), routed.kind(), routed.category(),
                routed.title(), routed.description(), routed.location(), routed.contact(), routed.channel(),
                routed.submittedAt(), routed.department(), routed.ruleId(), routed.ruleVersion(), routed.reason(),
                routed.priority(), routed.routedAt(), splitFrom);
    }
}
