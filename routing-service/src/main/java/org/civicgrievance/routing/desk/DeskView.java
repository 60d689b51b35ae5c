package org.civicgrievance.routing.desk;

import java.util.List;

import org.civicgrievance.platform.paging.PageLinks;

/**
 * Routing's staff home as one member sees it: dispatchers place the cases waiting in triage,
 * discipline officials read them, administrators see the departments cases go to.
 *
 * @param triage      one page of the cases waiting, most urgent first; null for a role that does not see them
 * @param canPlace    whether each waiting case has a form to place it (dispatchers)
 * @param departments for the place forms: the active departments, by code
 * @param directory   for administrators: one page of every department, else null
 * @param notice      what became of the form just posted, or null
 * @param noticeIsProblem whether the notice says that something was not done
 * @param forSomeoneElse  nothing here is for this member's role (handlers and supervisors work on the case workbench)
 */
public record DeskView(String signedInAs, Triage triage, boolean canPlace, List<Choice> departments,
        Directory directory, String notice, boolean noticeIsProblem, boolean forSomeoneElse) {

    /**
     * @param page   the page shown, which a place form posts back so a refused one shows the same page
     * @param sought the tracking number the queue is narrowed to, or null
     */
    public record Triage(List<TriageRow> rows, int page, String sought, PageLinks pager) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /**
     * One waiting case, with its place form's action and, after a refused placement of this case,
     * what was typed and what was wrong.
     */
    public record TriageRow(String domId, String trackingNumber, String priority, String priorityLevel, String category,
            String reason, String parkedAt, String dueAt, String dueAtIso, boolean overdue, String placeAction,
            Attempt attempt) {
    }

    /** A place form as it was posted, shown again with the problem beside the field that caused it. */
    public record Attempt(String department, String reason, String field, String problem) {

        public boolean isAbout(String name) {
            return name.equals(field);
        }
    }

    public record Directory(List<DepartmentRow> rows, PageLinks pager) {
    }

    public record DepartmentRow(String code, String name, String districts, String state) {
    }

    /** One option of a select, with its label in the page's language. */
    public record Choice(String value, String label) {
    }
}
