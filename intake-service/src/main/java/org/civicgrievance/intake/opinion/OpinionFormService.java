package org.civicgrievance.intake.opinion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.hibernate.StaleStateException;

/** Administrators draft, revise, publish and close forms; everyone reads the published ones. */
@ApplicationScoped
public class OpinionFormService {

    static final int MAX_LISTED = 500;

    private final OpinionFormRepository forms;
    private final AuditEvents audit;
    private final Clock clock;

    public OpinionFormService(OpinionFormRepository forms, AuditEvents audit, Clock clock) {
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FormDefinitionView create(FormRequest request, StaffMember admin) {
        FormDefinition definition = FormDefinition.of(request);
        Instant now = clock.instant();
        OpinionForm form = OpinionForm.draft(UUID.randomUUID().toString(), definition, admin.id(), now);
        forms.persist(form);
        record(form, admin, "FORM_CREATED", null);
        Log.infof("Opinion form %s drafted with %d questions", form.getId(), definition.questions().size());
        return FormDefinitionView.of(form, now);
    }

    /** Replaces a draft's content; {@code request.version()} must be the version the edit started from. */
    @Transactional
    public FormDefinitionView revise(String formId, FormRequest request, StaffMember admin) {
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "must be the version of the form your edit started from");
        }
        OpinionForm form = find(formId);
        form.requireRevisable(request.version());
        Instant now = clock.instant();
        form.revise(FormDefinition.of(request), request.version(), now);
        flushOrConflict();
        Log.infof("Opinion form %s revised (version %d)", formId, form.getVersion());
        return FormDefinitionView.of(form, now);
    }

    @Transactional
    public FormDefinitionView publish(String formId, StaffMember admin) {
        OpinionForm form = find(formId);
        Instant now = clock.instant();
        FormStatus before = form.getStatus();
        form.publish(admin.id(), now);
        flushOrConflict();
        record(form, admin, "FORM_PUBLISHED", before);
        Log.infof("Opinion form %s published, open %s to %s", formId, form.getOpensAt(), form.getClosesAt());
        return FormDefinitionView.of(form, now);
    }

    @Transactional
    public FormDefinitionView close(String formId, StaffMember admin) {
        OpinionForm form = find(formId);
        Instant now = clock.instant();
        FormStatus before = form.getStatus();
        form.close(admin.id(), now);
        flushOrConflict();
        record(form, admin, "FORM_CLOSED", before);
        Log.infof("Opinion form %s closed early", formId);
        return FormDefinitionView.of(form, now);
    }

    /** Forms taking answers now, optionally only those addressing {@code audience}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FormSummary> openForms(Audience audience) {
        Instant now = clock.instant();
        return forms.openAt(now).stream()
                .filter(form -> audience == null || form.getAudience().contains(audience))
                .map(form -> FormSummary.of(form, now))
                .toList();
    }

    /** A published form (upcoming, open or closed); a draft is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicFormView publicForm(String formId) {
        OpinionForm form = forms.findByIdOptional(formId).filter(OpinionForm::isPublic)
                .orElseThrow(() -> ProblemException.notFound("Opinion form " + formId));
        return PublicFormView.of(form, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FormDefinitionView definition(String formId) {
        return FormDefinitionView.of(find(formId), clock.instant());
    }

    /** Every form, drafts included, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FormSummary> definitions() {
        Instant now = clock.instant();
        return forms.newestFirst(MAX_LISTED).stream().map(form -> FormSummary.of(form, now)).toList();
    }

    private OpinionForm find(String formId) {
        return forms.findByIdOptional(formId).orElseThrow(() -> ProblemException.notFound("Opinion form " + formId));
    }

    /**
     * Writes now rather than at commit, so that another administrator's save in between (the
     * version check in the UPDATE) is answered with 409 instead of failing the commit.
     */
    private void flushOrConflict() {
        try {
            forms.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw FormProblems.editedMeanwhile(null);
        }
    }

    /** Forms are no case: the event is keyed by the form id, and the detail names the form for inspectors. */
    private void record(OpinionForm form, StaffMember admin, String action, FormStatus before) {
        audit.recordOutsideCase(form.getId(), UUID.randomUUID().toString().replace("-", ""), admin.id(), Roles.ADMIN,
                action, before == null ? null : before.name(), form.getStatus().name(),
                "opinion form %s: %s".formatted(form.getId(), form.getTitle()));
    }
}
