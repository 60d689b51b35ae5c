package org.civicgrievance.resolution.workbench;

/**
 * One case in a workbench table, every text ready to show (Qute escapes it). Links and form
 * actions carry the case id percent-encoded, so no id can change where they point.
 *
 * @param resolvable the case's state allows resolving it now (a case waiting for the resident does not)
 */
public record CaseRow(String domId, String trackingNumber, String category, String title, String received,
        String receivedIso, String status, String detailLink, String claimAction, String resolveAction,
        boolean resolvable) {
}
