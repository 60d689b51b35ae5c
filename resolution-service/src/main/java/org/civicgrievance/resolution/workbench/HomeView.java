package org.civicgrievance.resolution.workbench;

import java.util.List;

/**
 * The workbench home as one staff member sees it.
 *
 * @param department  the queue shown; null while an inspector has not chosen one
 * @param inspector   reads every department: chooses a queue from {@code departments}, holds no case
 * @param departments the queues an inspector may choose from
 * @param canWork     whether Claim and Resolve forms are shown (handlers and supervisors of the department)
 * @param filter      the search and filters both lists are narrowed by, as typed
 * @param queue       one page of the department's queue, most urgent first
 * @param held        one page of the cases the member holds, most urgent first
 * @param approvals   for a department's supervisors: one page of the extension requests waiting for them, else null
 * @param outcome     the message about the form just posted, or null
 * @param horizonWarnings for inspectors and supervisors: calendars whose next year's holidays are due to be loaded
 */
public record HomeView(String signedInAs, String department, boolean inspector, List<String> departments,
        FilterView filter, Listing queue, Listing held, Approvals approvals, boolean canWork, String outcome, boolean outcomeIsProblem,
        List<String> horizonWarnings) {

    /** One page of a list: its rows, where it stands, and links to the pages beside it (null at an end). */
    public record Listing(List<CaseRow> rows, long total, String pageOf, String previousLink, String nextLink) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public boolean isPaged() {
            return previousLink != null || nextLink != null;
        }
    }

    /** Extension requests waiting for a decision; each links to its case, where the decision is made. */
    public record Approvals(List<ApprovalRow> rows, String pageOf, String previousLink, String nextLink) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public boolean isPaged() {
            return previousLink != null || nextLink != null;
        }
    }

    public record ApprovalRow(String trackingNumber, String title, String caseLink, String requestedBy, String reason,
            String dueBefore, String requestedDue) {
    }

    /** The search form as the member left it, so a filtered page keeps what was typed. */
    public record FilterView(String text, String category, String district, List<Choice> priorities,
            List<Choice> cards, boolean active, String clearLink) {
    }

    /** One option of a select, with its label in the page's language. */
    public record Choice(String value, String label, boolean selected) {
    }
}
