package org.civicgrievance.routing.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicgrievance.routing.priority.Priority;
import org.civicgrievance.routing.priority.PriorityAssessment;
import org.junit.jupiter.api.Test;

class RoutingDecisionTest {

    @Test
    void aLongReasonIsCutToWhatTheColumnsHoldKeepingThePriority() {
        String longReason = "rule 1 v1 (priority 1) matched " + "很长的说明🚨".repeat(100);
        RoutingDecision decision = new RoutingDecision("housing", 1L, 1, longReason)
                .withPriority(new PriorityAssessment(Priority.GREEN_CHANNEL, "green channel: DISABLED, ELDERLY"));
        assertTrue(decision.reason().length() <= RoutingDecision.MAX_REASON, decision.reason());
        assertTrue(decision.reason().endsWith("…; priority GREEN_CHANNEL (green channel: DISABLED, ELDERLY)"),
                decision.reason());
        assertEquals(decision.reason(), new String(decision.reason().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8), "no half emoji");
    }

    @Test
    void aShortReasonIsKeptWhole() {
        assertEquals("placed by chen.jing: 住建; priority NORMAL (none)",
                new RoutingDecision("housing", null, null, "placed by chen.jing: 住建")
                        .withPriority(new PriorityAssessment(Priority.NORMAL, "none")).reason());
    }
}
