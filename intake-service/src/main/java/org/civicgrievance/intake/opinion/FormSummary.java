package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.Set;

/** A form in a list, without its questions. */
public record FormSummary(String id, String title, String language, Set<Audience> audience, Instant opensAt,
        Instant closesAt, FormState state) {

    static FormSummary of(OpinionForm form, Instant now) {
        return new FormSummary(form.getId(), form.getTitle(), form.getLanguage(), form.getAudience(), form.getOpensAt(),
                form.getClosesAt(), form.state(now));
    }
}
