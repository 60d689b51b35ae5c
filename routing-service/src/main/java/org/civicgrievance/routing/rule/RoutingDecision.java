package org.civicgrievance.routing.rule;

import org.civicgrievance.routing.priority.PriorityAssessment;

/**
 * The department a case goes to, the rule (id and version) that decided and why; no rule for a
 * dispatcher's placement. The reason is at most {@value #MAX_REASON} characters: placements and
 * resolution's cases store it in columns of that size, and a longer one would make the event fail there.
 */
public record RoutingDecision(String departmentCode, Long ruleId, Integer ruleVersion, String reason) {

    public static final int MAX_REASON = 500;

    public RoutingDecision {
        reason = fit(reason, MAX_REASON);
    }

    /** The same decision, its reason also saying which priority the case got and why (that part is never cut). */
    public RoutingDecision withPriority(PriorityAssessment priority) {
        String suffix = "; " + priority.describe();
        return new RoutingDecision(departmentCode, ruleId, ruleVersion, fit(reason, MAX_REASON - suffix.length()) + suffix);
    }

    /** The text, cut to at most {@code max} characters (never half a character), marked with an ellipsis when cut. */
    public static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never half a character
        }
        return text.substring(0, cut) + "…";
    }
}
