package org.civicgrievance.intake.opinion;

import static org.civicgrievance.intake.opinion.FormDefinitionTest.question;
import static org.civicgrievance.intake.opinion.FormDefinitionTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;

import org.civicgrievance.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A form's life: draft, published (upcoming, open, over), closed early; without any container. */
class OpinionFormTest {

    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-15T01:00:00Z");
    static final Instant BEFORE = Instant.parse("2026-11-20T01:00:00Z");

    static OpinionForm draft() {
        return OpinionForm.draft("f-1", FormDefinition.of(request(OPENS, CLOSES, question(FormQuestionType.RATING))),
                "zhou.ping", BEFORE);
    }

    static OpinionForm published() {
        OpinionForm form = draft();
        form.publish("zhou.ping", BEFORE);
        return form;
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
            "2026-11-30T00:00:00Z,    UPCOMING",
            "2026-12-01T00:59:59.999Z, UPCOMING",
            "2026-12-01T01:00:00Z,    OPEN",
            "2026-12-15T00:59:59.999Z, OPEN",
            "2026-12-15T01:00:00Z,    CLOSED",
            "2027-01-01T00:00:00Z,    CLOSED",
    })
    void aPublishedFormOpensAtItsOpeningTimeAndClosesAtItsClosingTime(Instant now, FormState expected) {
        assertEquals(expected, published().state(now));
        assertEquals(FormState.DRAFT, draft().state(now), "a draft never opens");
    }

    @Test
    void publishingFreezesTheQuestions() {
        OpinionForm form = published();
        ProblemException refused = assertThrows(ProblemException.class, () -> form.revise(
                FormDefinition.of(request(OPENS, CLOSES, question(FormQuestionType.SHORT_TEXT))), form.getVersion(), BEFORE));
        assertEquals(409, refused.problem().getStatus());
        assertEquals("urn:civic-grievance:problem:form-frozen", refused.problem().getType());
        assertEquals(FormQuestionType.RATING, form.getQuestions().get(0).type(), "unchanged");
        assertThrows(ProblemException.class, () -> form.publish("zhou.ping", BEFORE), "published once only");
    }

    @Test
    void aDraftIsRevisedOnlyFromItsCurrentVersion() {
        OpinionForm form = draft();
        ProblemException refused = assertThrows(ProblemException.class, () -> form.revise(
                FormDefinition.of(request(OPENS, CLOSES, question(FormQuestionType.SHORT_TEXT))), form.getVersion() + 1, BEFORE));
        assertEquals("urn:civic-grievance:problem:edit-conflict", refused.problem().getType());

        form.revise(FormDefinition.of(request(OPENS, CLOSES, question(FormQuestionType.SHORT_TEXT))), form.getVersion(), BEFORE);
        assertEquals(FormQuestionType.SHORT_TEXT, form.getQuestions().get(0).type());
    }

    @Test
    void aFormWhoseClosingTimeHasPassedCannotBePublished() {
        ProblemException refused = assertThrows(ProblemException.class, () -> draft().publish("zhou.ping", CLOSES));
        assertEquals("urn:civic-grievance:problem:form-period-over", refused.problem().getType());
    }

    @Test
    void closingEarlyStopsAnswersAndHappensOnce() {
        OpinionForm form = published();
        Instant during = OPENS.plusSeconds(3600);
        form.close("zhou.ping", during);
        assertEquals(FormState.CLOSED, form.state(during));
        assertEquals(FormStatus.CLOSED, form.getStatus());
        assertEquals(during, form.getClosedAt());

        ProblemException again = assertThrows(ProblemException.class, () -> form.close("zhou.ping", during));
        assertEquals(409, again.problem().getStatus());
        assertThrows(ProblemException.class, () -> draft().close("zhou.ping", during), "a draft is not closed, it is left");
        assertThrows(ProblemException.class, () -> published().close("zhou.ping", CLOSES), "over already");
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({ "2026-11-30T00:00:00Z, UPCOMING", "2026-12-16T00:00:00Z, CLOSED" })
    void answersAreTakenOnlyWhileOpenAndTheRefusalSaysWhy(Instant now, FormState state) {
        ProblemException refused = assertThrows(ProblemException.class, () -> published().readAnswers(Map.of("q1", 3), now));
        assertEquals(409, refused.problem().getStatus());
        assertEquals(state, refused.problem().getExtensions().get("state"));
        assertEquals(FormState.DRAFT, assertThrows(ProblemException.class,
                () -> draft().readAnswers(Map.of("q1", 3), OPENS)).problem().getExtensions().get("state"));
    }
}
