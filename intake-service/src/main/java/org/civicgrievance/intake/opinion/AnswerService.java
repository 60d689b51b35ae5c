package org.civicgrievance.intake.opinion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.intake.grievance.AccessCode;
import org.civicgrievance.intake.grievance.Channel;
import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.civicgrievance.intake.grievance.GrievanceService;
import org.civicgrievance.intake.grievance.SubmissionReceipt;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest;
import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;

/** Respondents answer open forms; an answer can become one case, made by its respondent or an operator. */
@ApplicationScoped
public class AnswerService {

    /** The actor and role of what a respondent does without an account, as for residents' own submissions. */
    private static final String RESPONDENT = "resident";

    private final OpinionFormRepository forms;
    private final AnswerRepository answers;
    private final GrievanceService grievances;
    private final GrievanceRepository grievanceRecords;
    private final AuditEvents audit;
    private final Clock clock;

    public AnswerService(OpinionFormRepository forms, AnswerRepository answers, GrievanceService grievances,
            GrievanceRepository grievanceRecords, AuditEvents audit, Clock clock) {
        this.forms = forms;
        this.answers = answers;
        this.grievances = grievances;
        this.grievanceRecords = grievanceRecords;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the answers against the open form and stores them with a new answer code, shown only in the receipt. */
    @Transactional
    public AnswerReceipt answer(String formId, Map<String, Object> given) {
        OpinionForm form = forms.findByIdOptional(formId)
                .orElseThrow(() -> ProblemException.notFound("Opinion form " + formId));
        Instant now = clock.instant();
        List<AnswerItem> items = form.readAnswers(given, now);
        String answerId = UUID.randomUUID().toString();
        String answerCode = AccessCode.generate();
        answers.persist(Answer.record(answerId, formId, answerCode, items, now));
        Log.infof("Answer %s to opinion form %s recorded", answerId, formId);
        return new AnswerReceipt(formId, answerId, answerCode, now);
    }

    /** Empty-handed (404) both for an unknown answer and a wrong code: neither reveals that an answer exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnAnswerView ownAnswer(String formId, String answerId, String answerCode) {
        Answer answer = answers.findInForm(formId, answerId).filter(found -> found.opensWith(answerCode))
                .orElseThrow(AnswerService::noSuchAnswer);
        return OwnAnswerView.of(forms.findById(formId), answer);
    }

    /** The respondent, proving the answer theirs with its code, turns it into a case. */
    @Transactional
    public SubmissionReceipt caseByRespondent(String formId, String answerId, String answerCode, SubmitGrievanceRequest request) {
        Answer answer = answers.findInFormForUpdate(formId, answerId).filter(found -> found.opensWith(answerCode))
                .orElseThrow(AnswerService::noSuchAnswer);
        return makeCase(answer, null, request);
    }

    /** An operator turns an answer into a case, e.g. after calling back a respondent who left contact details. */
    @Transactional
    public SubmissionReceipt caseByOperator(String formId, String answerId, String operatorId, SubmitGrievanceRequest request) {
        Answer answer = answers.findInFormForUpdate(formId, answerId)
                .orElseThrow(() -> ProblemException.notFound("Answer " + answerId + " to opinion form " + formId));
        return makeCase(answer, operatorId, request);
    }

    /**
     * Submits the case as any case is submitted (catalogue checks, tracking number, access code,
     * grievance.submitted, CASE_SUBMITTED), then links it to the answer, all in the caller's transaction. The answer row
     * is locked, so a concurrent second attempt waits and then finds the link.
     */
    private SubmissionReceipt makeCase(Answer answer, String operatorId, SubmitGrievanceRequest request) {
        answer.requireNoCase(operatorId == null);
        OpinionForm form = forms.findById(answer.getFormId());
        SubmissionReceipt receipt = grievances.submit(request.titledIfUntitled(form.getTitle()), Channel.OPINION_FORM,
                operatorId);
        answer.becameCase(receipt.caseId(), receipt.trackingNumber(), operatorId, clock.instant());
        // the case was persisted in this transaction: this reads it from the persistence context
        String traceId = grievanceRecords.findById(receipt.caseId()).getTraceId();
        audit.record(receipt.caseId(), traceId, operatorId == null ? RESPONDENT : operatorId,
                operatorId == null ? RESPONDENT : Roles.OPERATOR, "CASE_FROM_OPINION_ANSWER", null, null,
                receipt.trackingNumber(), "answer %s to opinion form %s".formatted(answer.getId(), form.getId()));
        Log.infof("Answer %s to opinion form %s became case %s (%s, trace %s)", answer.getId(), form.getId(),
                receipt.caseId(), receipt.trackingNumber(), traceId);
        return receipt;
    }

    private static ProblemException noSuchAnswer() {
        return ProblemException.notFound("No answer with this id and answer code");
    }
}
