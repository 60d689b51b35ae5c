package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.civicgrievance.intake.grievance.AccessCode;

/**
 * One respondent's answers to a form. The respondent has no account: the secret answer code,
 * shown once and stored only as a salted hash (as a case's access code is), is what proves the
 * answer is theirs. An answer that raises a concrete problem may become one case.
 */
@Entity
@Table(name = "opinion_answer")
public class Answer {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "form_id", length = 36, nullable = false, updatable = false)
    private String formId;

    @Column(name = "answer_code_hash", length = 64, nullable = false, updatable = false)
    private String answerCodeHash;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "opinion_answer_item", joinColumns = @JoinColumn(name = "answer_id"))
    private List<AnswerItem> items = new ArrayList<>();

    @Column(name = "case_id", length = 36, unique = true)
    private String caseId;

    @Column(name = "case_tracking_number", length = 20)
    private String caseTrackingNumber;

    @Column(name = "case_made_by", length = 64)
    private String caseMadeBy;

    @Column(name = "case_made_at")
    private Instant caseMadeAt;

    protected Answer() {
    }

    public static Answer record(String id, String formId, String answerCode, List<AnswerItem> items, Instant now) {
        Answer answer = new Answer();
        answer.id = id;
        answer.formId = formId;
        answer.answerCodeHash = AccessCode.hash(id, answerCode);
        answer.submittedAt = now;
        answer.items.addAll(items);
        return answer;
    }

    public boolean opensWith(String answerCode) {
        return AccessCode.matches(id, answerCode, answerCodeHash);
    }

    /**
     * Refuses a second case for this answer.
     *
     * @param toRespondent whether the caller proved to be the respondent, who may learn the tracking number
     */
    public void requireNoCase(boolean toRespondent) {
        if (caseId != null) {
            throw FormProblems.answerHasCase(toRespondent ? caseTrackingNumber : null);
        }
    }

    /** @param madeBy the operator who made the case, or null for the respondent */
    public void becameCase(String caseId, String trackingNumber, String madeBy, Instant now) {
        requireNoCase(madeBy == null);
        this.caseId = caseId;
        this.caseTrackingNumber = trackingNumber;
        this.caseMadeBy = madeBy;
        this.caseMadeAt = now;
    }

    public String getId() {
        return id;
    }

    public String getFormId() {
        return formId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<AnswerItem> getItems() {
        return List.copyOf(items);
    }

    public String getCaseId() {
        return caseId;
    }

    public String getCaseTrackingNumber() {
        return caseTrackingNumber;
    }

    public String getCaseMadeBy() {
        return caseMadeBy;
    }

    public Instant getCaseMadeAt() {
        return caseMadeAt;
    }
}
