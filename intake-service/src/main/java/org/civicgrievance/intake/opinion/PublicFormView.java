package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A published form as anyone may read it, in the language it was written in. */
public record PublicFormView(String id, String title, String description, String language, Set<Audience> audience,
        Instant opensAt, Instant closesAt, FormState state, List<FormQuestionView> questions) {

    static PublicFormView of(OpinionForm form, Instant now) {
        return new PublicFormView(form.getId(), form.getTitle(), form.getDescription(), form.getLanguage(),
                form.getAudience(), form.getOpensAt(), form.getClosesAt(), form.state(now), FormQuestionView.of(form));
    }
}
