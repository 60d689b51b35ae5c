package org.civicgrievance.intake.opinion;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicgrievance.platform.problem.ProblemException;

/** A form's results, counted by the database at the time of asking. */
@ApplicationScoped
public class FormResultsService {

    private final OpinionFormRepository forms;
    private final AnswerRepository answers;
    private final Clock clock;

    public FormResultsService(OpinionFormRepository forms, AnswerRepository answers, Clock clock) {
        this.forms = forms;
        this.answers = answers;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FormResults results(String formId) {
        OpinionForm form = forms.findByIdOptional(formId)
                .orElseThrow(() -> ProblemException.notFound("Opinion form " + formId));
        return FormResults.tally(form, clock.instant(), answers.countsOf(formId));
    }
}
