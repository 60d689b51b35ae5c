package org.civicgrievance.resolution.workbench;

import java.util.List;

/**
 * The workbench home as one staff member sees it.
 *
 * @param department  the queue shown; null while an inspector has not chosen one
 * @param inspector   reads every department: chooses a queue from {@code departments}, holds no case
 * @param departments the queues an inspector may choose from
 * @param canWork     whether Claim and Resolve forms are shown (handlers and supervisors of the department)
 * @param outcome     the message about the form just posted, or null
 * @param horizonWarnings for inspectors and supervisors: calendars whose next year's holidays are due to be loaded
 */
public record HomeView(String signedInAs, String department, boolean inspector, List<String> departments,
        List<CaseRow> queue, List<CaseRow> held, boolean canWork, String outcome, boolean outcomeIsProblem,
        List<String> horizonWarnings) {
}
