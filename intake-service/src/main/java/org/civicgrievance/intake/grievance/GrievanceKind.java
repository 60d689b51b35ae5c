package org.civicgrievance.intake.grievance;

/** What a resident raises: 投诉 complaint, 建议 suggestion, 求助 help request, 咨询 inquiry, 表扬 praise. */
public enum GrievanceKind {
    COMPLAINT,
    SUGGESTION,
    HELP_REQUEST,
    INQUIRY,
    PRAISE
}
