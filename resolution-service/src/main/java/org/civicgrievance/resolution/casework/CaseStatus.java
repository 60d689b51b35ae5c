package org.civicgrievance.resolution.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in its department, with the words residents read. The allowed next states
 * live here, so an illegal transition can say what would have been legal.
 */
public enum CaseStatus {

    QUEUED("已分派至责任部门，等待认领", "Assigned to the responsible department, waiting to be taken up"),
    CLAIMED("已有工作人员认领，正在办理", "A staff member has taken up your case and is working on it"),
    IN_PROGRESS("正在调查处理", "Your case is being investigated"),
    /** A true pause: the case's clocks stop until the resident answers or the waiting limit passes. */
    WAITING_FOR_RESIDENT("需要您补充信息，办理时限暂停", "We need more information from you; the time limit is paused"),
    RESOLVED("已办结，请您评价", "Resolved; please rate the outcome"),
    /** The resident was dissatisfied: back with the same handler, who answers again. */
    REOPENED("您不满意，已重新办理", "You were not satisfied; the case has been reopened"),
    CLOSED("已办结并评价，感谢您的反馈", "Resolved and rated; thank you for your feedback"),
    /** The department sent the case back to routing, which places it elsewhere or with a dispatcher. */
    RETURNED("正在重新确定责任部门", "The responsible department is being determined again"),
    /** A duplicate of another case, which carries on in its place. */
    MERGED("与相同诉求合并办理", "Handled together with an identical request");

    private final String textZh;
    private final String textEn;

    CaseStatus(String textZh, String textEn) {
        this.textZh = textZh;
        this.textEn = textEn;
    }

    public Set<CaseStatus> next() {
        return switch (this) {
            case QUEUED -> EnumSet.of(CLAIMED, RETURNED, MERGED);
            case CLAIMED -> EnumSet.of(IN_PROGRESS, WAITING_FOR_RESIDENT, RESOLVED, RETURNED, MERGED);
            // not IN_PROGRESS again: "start" on a case already in progress would be a change that changes nothing
            case IN_PROGRESS -> EnumSet.of(WAITING_FOR_RESIDENT, RESOLVED, RETURNED, MERGED);
            case WAITING_FOR_RESIDENT -> EnumSet.of(IN_PROGRESS);
            case RESOLVED -> EnumSet.of(REOPENED, CLOSED);
            case REOPENED -> EnumSet.of(IN_PROGRESS, WAITING_FOR_RESIDENT, RESOLVED);
            case RETURNED -> EnumSet.of(QUEUED);
            case CLOSED, MERGED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canBecome(CaseStatus target) {
        return next().contains(target);
    }

    /** A handler holds the case: the states between a claim and a resolution (or a reopening and the next). */
    public boolean isHeld() {
        return this == CLAIMED || this == IN_PROGRESS || this == WAITING_FOR_RESIDENT || this == REOPENED;
    }

    public String textZh() {
        return textZh;
    }

    public String textEn() {
        return textEn;
    }
}
