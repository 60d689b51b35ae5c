package org.civicgrievance.resolution.workbench;

/**
 * One case in a workbench table, every text ready to show (Qute escapes it). Links and form
 * actions carry the case id percent-encoded, so no id can change where they point.
 *
 * @param resolvable the case's state allows resolving it now (a case waiting for the resident does not)
 * @param nextDue   the nearest due time among the case's live clocks, shown; empty when none runs
 * @param card      黄牌/红牌 in the page's language when a warning was raised on a live clock, else null
 * @param cardLevel {@code yellow} or {@code red} (a CSS class), else null
 * @param priority  特事特办, 绿色通道 or 一般 in the page's language
 * @param priorityLevel {@code special-handling}, {@code green-channel} or {@code normal} (a CSS class)
 */
public record CaseRow(String domId, String trackingNumber, String category, String title, String received,
        String receivedIso, String status, String detailLink, String claimAction, String resolveAction,
        boolean resolvable, String nextDue, String nextDueIso, String card, String cardLevel, String priority,
        String priorityLevel) {
}
