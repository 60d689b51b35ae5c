package org.civicgrievance.routing.rule;

import org.civicgrievance.routing.priority.PriorityAssessment;

/** The department a case goes to, the rule (id and version) that decided and why; no rule for a dispatcher's placement. */
public record RoutingDecision(String departmentCode, Long ruleId, Integer ruleVersion, String reason) {

    /** The same decision, its reason also saying which priority the case got and why. */
    public RoutingDecision withPriority(PriorityAssessment priority) {
        return new RoutingDecision(departmentCode, ruleId, ruleVersion, reason + "; " + priority.describe());
    }
}
