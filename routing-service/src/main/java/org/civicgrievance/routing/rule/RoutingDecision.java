package org.civicgrievance.routing.rule;

/** The department a case goes to, the rule (id and version) that decided and why. */
public record RoutingDecision(String departmentCode, Long ruleId, Integer ruleVersion, String reason) {
}
