package org.civicgrievance.intake.grievance;

/** A status in plain words, Simplified Chinese first. */
public record StatusText(String zh, String en) {

    static final StatusText SUBMITTED = new StatusText("已受理，正在分派给责任部门", "Received; being assigned to the responsible department");
}
