package org.civicgrievance.intake.grievance;

/** How a case reached us; kept for statistics. */
public enum Channel {
    API(false),
    WEB_FORM(false),
    OPEN311(false),
    /** 热线 */
    HOTLINE(true),
    /** 服务窗口 */
    SERVICE_WINDOW(true),
    /** 大走访 home visit */
    HOME_VISIT(true),
    /** 座谈会 feedback session */
    FEEDBACK_SESSION(true),
    /**
     * 征求意见表: an answer to an opinion form became a case, by its respondent or by an operator;
     * not a channel operators record other cases under.
     */
    OPINION_FORM(false);

    private final boolean staffRecorded;

    Channel(boolean staffRecorded) {
        this.staffRecorded = staffRecorded;
    }

    /** Channels where staff record the case on a resident's behalf. */
    public boolean isStaffRecorded() {
        return staffRecorded;
    }
}
