package org.civicgrievance.resolution.deadline;

import java.util.List;

/**
 * Some live clocks of these cases changed outside a case's own transition: a card was raised, a
 * deadline extended or computed again on a changed calendar. Fired inside the change's transaction,
 * after the clocks were changed, so what keeps a view of the clocks (the queues' order) follows in
 * the same commit.
 */
public record ClocksChanged(List<String> caseIds) {

    public ClocksChanged {
        caseIds = List.copyOf(caseIds);
    }

    public static ClocksChanged of(String caseId) {
        return new ClocksChanged(List.of(caseId));
    }
}
