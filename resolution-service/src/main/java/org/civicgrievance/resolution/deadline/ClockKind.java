package org.civicgrievance.resolution.deadline;

/** The clocks a case runs on, each with its own limit from the department's commitment. */
public enum ClockKind {
    /** 认领: from queueing until a handler takes the case; a case nobody claims in time is a breach. */
    CLAIM("认领", "claim"),
    /** No silence longer than the limit while the case is being handled: restarts at every change. */
    UPDATE("进展更新", "progress update"),
    /** The case's overall deadline, from the resident's submission (time in triage counts). */
    RESOLUTION("办结", "resolution"),
    /** 回访: after the resolution, the department hears back from the resident. */
    CALLBACK("回访", "callback");

    private final String nameZh;
    private final String nameEn;

    ClockKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
