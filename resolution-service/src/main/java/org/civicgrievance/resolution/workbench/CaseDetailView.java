package org.civicgrievance.resolution.workbench;

/**
 * One case on its own page. Contact details arrive masked unless the viewer holds the case
 * ({@link org.civicgrievance.resolution.casework.CaseView}).
 *
 * @param claimable  show the Claim form
 * @param resolvable show the Resolve form (the viewer holds the case)
 * @param backLink   the workbench home, in the page's language
 */
public record CaseDetailView(CaseRow row, String kind, String description, String address, String district,
        String contactName, String contactPhone, String contactEmail, String priority, String submitted,
        String handler, String resolutionNote, boolean claimable, boolean resolvable, String backLink) {
}
