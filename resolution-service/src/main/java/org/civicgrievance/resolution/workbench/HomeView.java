package org.civicgrievance.resolution.workbench;

import java.util.List;

import org.civicgrievance.platform.paging.PageLinks;

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
 * @param overdue     for inspectors: one page of the cases past a deadline now (in the chosen department, else in
 *                    all), else null
 * @param outcome     the message about the form just posted, or null
 * @param horizonWarnings for inspectors and supervisors: calendars whose next year's holidays are due to be loaded
 */
public record HomeView(String signedInAs, String department, boolean inspector, List<String> departments,
        FilterView filter, Listing queue, Listing held, Approvals approvals, Overdue overdue, boolean canWork,
        String outcome, boolean outcomeIsProblem, List<String> horizonWarnings) {

    /** One page of a list of cases. */
    public record Listing(List<CaseRow> rows, long total, PageLinks pager) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** Extension requests waiting for a decision; each links to its case, where the decision is made. */
    public record Approvals(List<ApprovalRow> rows, PageLinks pager) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** For inspectors: the cases past a deadline now, longest overdue first. */
    public record Overdue(List<OverdueRow> rows, PageLinks pager) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /**
     * @param overdueBy how long past the deadline, in working time on the clock's calendar
     * @param extended  how often the deadline was extended, as the page says it; null if never
     */
    public record OverdueRow(String trackingNumber, String caseLink, String department, String title, String status,
            String handler, String clock, String dueAt, String dueAtIso, String overdueBy, String extended) {
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
