package org.civicgrievance.resolution.workbench;

/**
 * One case on its own page. Contact details arrive masked unless the viewer holds the case
 * ({@link org.civicgrievance.resolution.casework.CaseView}).
 *
 * @param claimable  show the Claim form
 * @param resolvable show the Resolve form (the viewer holds the case)
 * @param backLink   the workbench home, in the page's language
 * @param outcome    how the case ended, in the page's language, else null
 * @param actions    the forms this viewer may use now (holder, supervisor, any of the department's staff)
 * @param notes      every note on the case, internal ones included, oldest first
 * @param handlingRatings supervisors' ratings of each resolution's handling, as lines to show
 * @param deadlines  the case's clocks and extension requests, with the extension forms this viewer may use
 * @param splitFrom  the case id a dispatcher split this part from, else null
 */
public record CaseDetailView(CaseRow row, String kind, String description, String address, String district,
        String contactName, String contactPhone, String contactEmail, String priority, String submitted,
        String handler, String resolutionNote, boolean claimable, boolean resolvable, String backLink,
        String outcome, String outcomeReason, String whereElse, String mergedInto, String waitingUntil,
        Actions actions, java.util.List<NoteRow> notes, java.util.List<String> handlingRatings,
        Deadlines deadlines, String splitFrom) {

    /** Which lifecycle forms to show, and where they post. */
    /** @param rateHandling a supervisor of the department may rate the handling of this resolution (not their own) */
    public record Actions(String base, boolean start, boolean waitForResident, boolean resume, boolean returnCase,
            boolean note, boolean rateHandling) {
    }

    /**
     * @param askAction where the holder's extension form posts, else null (not the holder, or no clock runs)
     */
    public record Deadlines(java.util.List<ClockRow> clocks, java.util.List<ExtensionRow> extensions,
            String askAction) {
    }

    /**
     * One clock of the case.
     *
     * @param originalDue the due time before an approved extension, else null
     * @param cards       the warnings raised on it (黄牌 · 红牌), or empty
     * @param provisional a live clock's due time lies beyond its calendar's horizon (statutory holidays assumed)
     */
    public record ClockRow(String kind, String state, String due, String dueIso, boolean provisional, String yellowAt,
            String originalDue, String cards) {
    }

    /**
     * One extension request.
     *
     * @param decideAction where the supervisor's approve/refuse forms post (+ /approval, /refusal), else null
     */
    public record ExtensionRow(String state, String reason, String requestedBy, String requestedAt, String dueBefore,
            String requestedDue, String decidedBy, String decisionNote, String decideAction) {
    }

    /** One note as staff read it. */
    public record NoteRow(String kind, String text, String visibility, String author, String written) {
    }
}
