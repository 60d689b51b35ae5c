package org.civicgrievance.intake.grievance;

/** A status in plain words, Simplified Chinese first. */
public record StatusText(String zh, String en) {

    static final StatusText SUBMITTED = new StatusText("已受理，正在分派给责任部门", "Received; being assigned to the responsible department");

    /** The original of a split case: each part follows its own department's progress. */
    static StatusText split(int parts) {
        return new StatusText("已分办至 %d 个部门，请查看各分项办理进度".formatted(parts),
                "Split between %d departments; see the progress of each part".formatted(parts));
    }
}
