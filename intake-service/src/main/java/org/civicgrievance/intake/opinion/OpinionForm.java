package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An opinion form 征求意见表: drafted and revised by administrators, published for a period
 * (which freezes it), answered by anyone while open, closed at its closing time or earlier.
 */
@Entity
@Table(name = "opinion_form")
public class OpinionForm {

    @Id
    @Column(length = 36)
    private String id;

    @Column(length = 200, nullable = false)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(length = 16, nullable = false)
    private String language;

    /** See {@link Audience#join}; one column, as it is only ever read with the form. */
    @Column(length = 64, nullable = false)
    private String audience;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16, nullable = false)
    private FormStatus status;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @ElementCollection
    @CollectionTable(name = "opinion_question", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "position")
    private List<Question> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "opinion_option", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "position")
    private List<FormOption> options = new ArrayList<>();

    @Column(name = "created_by", length = 64, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Two administrators may edit one draft: the second to save from a stale read is refused. */
    @Version
    private long version;

    protected OpinionForm() {
    }

    public static OpinionForm draft(String id, FormDefinition definition, String createdBy, Instant now) {
        OpinionForm form = new OpinionForm();
        form.id = id;
        form.status = FormStatus.DRAFT;
        form.createdBy = createdBy;
        form.createdAt = now;
        form.define(definition, now);
        return form;
    }

    /**
     * Replaces a draft's whole content.
     *
     * @param readAtVersion the version the administrator's edit started from
     * @throws org.civicgrievance.platform.problem.ProblemException 409 once published, or when someone
     *         else saved since that version
     */
    public void revise(FormDefinition definition, long readAtVersion, Instant now) {
        requireRevisable(readAtVersion);
        define(definition, now);
    }

    /** The checks of {@link #revise}, for callers that want a 409 before spending effort on the new content. */
    public void requireRevisable(long readAtVersion) {
        if (status != FormStatus.DRAFT) {
            throw FormProblems.frozen(status);
        }
        if (readAtVersion != version) {
            throw FormProblems.editedMeanwhile(version);
        }
    }

    /** Freezes the questions; answers are taken from {@code opensAt} until {@code closesAt}. */
    public void publish(String by, Instant now) {
        if (status != FormStatus.DRAFT) {
            throw FormProblems.notADraft(status);
        }
        if (!closesAt.isAfter(now)) {
            throw FormProblems.periodOver(closesAt);
        }
        status = FormStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
        updatedAt = now;
    }

    /** Stops taking answers now, before the closing time (or calls off a form not yet open). */
    public void close(String by, Instant now) {
        FormState state = state(now);
        if (state != FormState.OPEN && state != FormState.UPCOMING) {
            throw FormProblems.cannotClose(state);
        }
        status = FormStatus.CLOSED;
        closedBy = by;
        closedAt = now;
        updatedAt = now;
    }

    public FormState state(Instant now) {
        return switch (status) {
            case DRAFT -> FormState.DRAFT;
            case CLOSED -> FormState.CLOSED;
            case PUBLISHED -> now.isBefore(opensAt) ? FormState.UPCOMING
                    : now.isBefore(closesAt) ? FormState.OPEN : FormState.CLOSED;
        };
    }

    /** The public sees published forms (upcoming, open or closed); drafts are the administrators' own. */
    public boolean isPublic() {
        return status != FormStatus.DRAFT;
    }

    /**
     * Reads a respondent's answers, if the form is open.
     *
     * @throws org.civicgrievance.platform.problem.ProblemException 409 when the form is not open,
     *         400 naming each wrong answer
     */
    public List<AnswerItem> readAnswers(Map<String, ?> answers, Instant now) {
        FormState state = state(now);
        if (state != FormState.OPEN) {
            throw FormProblems.notOpen(state, opensAt, closesAt);
        }
        return new AnswerSheet(questions, options).read(answers);
    }

    public List<FormOption> optionsOf(String questionKey) {
        return options.stream().filter(option -> option.questionKey().equals(questionKey)).toList();
    }

    private void define(FormDefinition definition, Instant now) {
        title = definition.title();
        description = definition.description();
        language = definition.language();
        audience = Audience.join(definition.audience());
        opensAt = definition.opensAt();
        closesAt = definition.closesAt();
        // clear and refill: Hibernate then rewrites the rows position by position
        questions.clear();
        questions.addAll(definition.questions());
        options.clear();
        options.addAll(definition.options());
        updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLanguage() {
        return language;
    }

    public Set<Audience> getAudience() {
        return Audience.split(audience);
    }

    public FormStatus getStatus() {
        return status;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }

    public List<FormOption> getOptions() {
        return List.copyOf(options);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
