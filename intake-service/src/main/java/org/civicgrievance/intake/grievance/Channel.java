package org.civicgrievance.intake.grievance;

/** How a case reached us; kept for statistics. */
public enum Channel {
    API,
    WEB_FORM,
    OPEN311,
    HOTLINE,
    SERVICE_WINDOW,
    HOME_VISIT,
    FEEDBACK_SESSION
}
