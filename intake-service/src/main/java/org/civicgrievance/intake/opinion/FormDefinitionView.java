package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A form as staff read it, in any status: what the public sees, plus who did what when, and the
 * version an edit must name.
 */
public record FormDefinitionView(String id, String title, String description, String language, Set<Audience> audience,
        Instant opensAt, Instant closesAt, FormStatus status, FormState state, List<FormQuestionView> questions,
        long version, String createdBy, Instant createdAt, Instant updatedAt, String publishedBy, Instant publishedAt,
        String closedBy, Instant closedAt) {

    static FormDefinitionView of(OpinionForm form, Instant now) {
        return new FormDefinitionView(form.getId(), form.getTitle(), form.getDescription(), form.getLanguage(),
                form.getAudience(), form.getOpensAt(), form.getClosesAt(), form.getStatus(), form.state(now),
                FormQuestionView.of(form), form.getVersion(), form.getCreatedBy(), form.getCreatedAt(), form.getUpdatedAt(),
                form.getPublishedBy(), form.getPublishedAt(), form.getClosedBy(), form.getClosedAt());
    }
}
