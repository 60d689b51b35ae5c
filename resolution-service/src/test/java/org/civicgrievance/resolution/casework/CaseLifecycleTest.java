package org.civicgrievance.resolution.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole state machine as a table, without any container: every pair of states is tried with the
 * action that leads to the target, and only the pairs listed here may succeed.
 */
class CaseLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");
    private static final String WANG = "wang.li";
    private static final String LI = "li.na";

    /** The legal transitions, written out independently of {@link CaseStatus#next()}. */
    private static final String[][] LEGAL = {
            { "QUEUED", "CLAIMED" }, { "QUEUED", "RETURNED" }, { "QUEUED", "MERGED" },
            { "CLAIMED", "IN_PROGRESS" }, { "CLAIMED", "WAITING_FOR_RESIDENT" }, { "CLAIMED", "RESOLVED" },
            { "CLAIMED", "RETURNED" }, { "CLAIMED", "MERGED" },
            { "IN_PROGRESS", "WAITING_FOR_RESIDENT" }, { "IN_PROGRESS", "RESOLVED" }, { "IN_PROGRESS", "RETURNED" },
            { "IN_PROGRESS", "MERGED" },
            { "WAITING_FOR_RESIDENT", "IN_PROGRESS" },
            { "RESOLVED", "REOPENED" }, { "RESOLVED", "CLOSED" },
            { "REOPENED", "IN_PROGRESS" }, { "REOPENED", "WAITING_FOR_RESIDENT" }, { "REOPENED", "RESOLVED" },
            { "RETURNED", "QUEUED" },
    };

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                pairs.add(Arguments.of(from, to, legal(from, to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void everyTransitionIsLegalExactlyWhenTheTableSaysSo(CaseStatus from, CaseStatus to, boolean legal) {
        GrievanceCase aCase = inState(from);
        int sequence = aCase.getStatusSequence();
        if (legal) {
            CaseTransition transition = become(aCase, to).orElseThrow();
            assertEquals(from, transition.from());
            assertEquals(to, transition.to());
            assertEquals(to, aCase.getStatus());
            assertEquals(sequence + 1, aCase.getStatusSequence(), "each change takes the next position");
        } else {
            try {
                Optional<CaseTransition> refused = become(aCase, to);
                assertTrue(refused.isEmpty(), "an event that does not apply changes nothing");
            } catch (IllegalTransitionException e) {
                assertEquals(409, e.problem().getStatus());
                assertEquals(from, e.problem().getExtensions().get("currentStatus"));
                assertEquals(from.next(), e.problem().getExtensions().get("allowedTransitions"));
            }
            assertEquals(from, aCase.getStatus(), "a refused change leaves the case as it was");
            assertEquals(sequence, aCase.getStatusSequence());
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void theEnumAllowsWhatTheTableLists(CaseStatus from) {
        Set<CaseStatus> expected = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus to : CaseStatus.values()) {
            if (legal(from, to)) {
                expected.add(to);
            }
        }
        assertEquals(expected, from.next());
    }

    @Test
    void waitingSetsItsLimitAndAnyWayOfResumingClearsIt() {
        GrievanceCase aCase = inState(CaseStatus.CLAIMED);
        aCase.waitForResident(WANG, "请提供照片", T0.plus(Duration.ofDays(5)), T0);
        assertEquals(T0.plus(Duration.ofDays(5)), aCase.getWaitingUntil());
        assertTrue(aCase.waitEnded("resident", "added information", T0).isPresent());
        assertNull(aCase.getWaitingUntil());
        assertTrue(aCase.waitEnded("resident", "added more", T0).isEmpty(), "a case not waiting is not resumed");

        aCase.waitForResident(WANG, "还有吗", T0.plus(Duration.ofDays(5)), T0);
        aCase.proceed(WANG, "resumed", T0);
        assertNull(aCase.getWaitingUntil());
    }

    @Test
    void onlyTheHolderStartsWaitsResumesAndResolves() {
        GrievanceCase aCase = inState(CaseStatus.CLAIMED);
        assertNotHolder(() -> aCase.proceed(LI, null, T0));
        assertNotHolder(() -> aCase.waitForResident(LI, "q", T0, T0));
        assertNotHolder(() -> aCase.resolve(LI, "done", T0));
        aCase.waitForResident(WANG, "q", T0, T0);
        assertNotHolder(() -> aCase.proceed(LI, "resumed", T0));
        assertEquals(CaseStatus.WAITING_FOR_RESIDENT, aCase.getStatus());
    }

    @Test
    void aHeldCaseIsReturnedOrMergedByItsHolderOrASupervisor() {
        GrievanceCase held = inState(CaseStatus.IN_PROGRESS);
        assertNotHolder(() -> held.returnToRouting(LI, false, "not ours", T0));
        assertNotHolder(() -> held.mergeInto(other("c-2"), LI, false, T0));
        held.returnToRouting("zhao.min", true, "not ours", T0);
        assertEquals(CaseStatus.RETURNED, held.getStatus());
        assertNull(held.getHandler(), "a returned case is nobody's");
        assertEquals(1, held.getReturnCount());

        GrievanceCase queued = inState(CaseStatus.QUEUED);
        queued.returnToRouting(LI, false, "not ours", T0);
        assertEquals(CaseStatus.RETURNED, queued.getStatus(), "a queued case has no holder to wait for");
    }

    @Test
    void aRequeuedCaseTakesItsNewPlacementAndForgetsItsHandler() {
        GrievanceCase aCase = inState(CaseStatus.RETURNED);
        aCase.requeue(placement("water-affairs"), "routing-service", T0.plusSeconds(60)).orElseThrow();
        assertEquals(CaseStatus.QUEUED, aCase.getStatus());
        assertEquals("water-affairs", aCase.getDepartment());
        assertEquals(T0.plusSeconds(60), aCase.getQueuedAt());
        assertNull(aCase.getHandler());
        assertNull(aCase.getClaimedAt());
    }

    @Test
    void mergingNeedsAnotherLiveCaseOfTheSameDepartment() {
        GrievanceCase aCase = inState(CaseStatus.CLAIMED);
        assertInvalid("into", () -> aCase.mergeInto(aCase, WANG, false, T0));
        GrievanceCase elsewhere = other("c-3");
        elsewhere.returnToRouting(WANG, false, "not ours", T0);
        elsewhere.requeue(placement("water-affairs"), "routing-service", T0);
        assertInvalid("into", () -> aCase.mergeInto(elsewhere, WANG, false, T0));
        GrievanceCase merged = other("c-4");
        merged.mergeInto(other("c-5"), WANG, false, T0);
        assertInvalid("into", () -> aCase.mergeInto(merged, WANG, false, T0));

        aCase.mergeInto(other("c-6"), WANG, false, T0);
        assertEquals(CaseOutcome.DUPLICATE, aCase.getOutcome());
        assertEquals("c-6", aCase.getMergedInto());
    }

    @Test
    void outcomesThatAreNotAFixSayWhyAndWhereElse() {
        assertInvalid(List.of("reason", "whereElse"),
                () -> inState(CaseStatus.CLAIMED).resolve(WANG, CaseOutcome.NOT_RESOLVABLE, "抱歉", null, " ", T0));
        assertInvalid(List.of("whereElse"),
                () -> inState(CaseStatus.CLAIMED).resolve(WANG, CaseOutcome.NOT_OUR_REMIT, "抱歉", "原因", null, T0));
        assertInvalid(List.of("outcome"),
                () -> inState(CaseStatus.CLAIMED).resolve(WANG, CaseOutcome.DUPLICATE, "重复", null, null, T0));
        assertInvalid(List.of("outcome"), () -> inState(CaseStatus.CLAIMED).resolve(WANG, null, "x", null, null, T0));

        GrievanceCase aCase = inState(CaseStatus.CLAIMED);
        aCase.resolve(WANG, CaseOutcome.NOT_RESOLVABLE, "抱歉", "超出财政预算", "区人大代表接待日", T0);
        assertEquals(CaseOutcome.NOT_RESOLVABLE, aCase.getOutcome());
        assertEquals("超出财政预算", aCase.getOutcomeReason());
        assertEquals("区人大代表接待日", aCase.getWhereElse());
        aCase.rated(false, aCase.getStatusSequence(), "不满意", T0);
        assertNull(aCase.getOutcome(), "a reopened case awaits a new outcome");
    }

    @Test
    void notesForTheResidentTakeTheNextPositionOnlyWhileTheCaseIsHandled() {
        GrievanceCase aCase = inState(CaseStatus.IN_PROGRESS);
        int before = aCase.getStatusSequence();
        assertEquals(before + 1, aCase.noteForResident(WANG, false));
        assertEquals(CaseStatus.IN_PROGRESS, aCase.getStatus());
        assertNotHolder(() -> aCase.noteForResident(LI, false));
        aCase.noteForResident("zhao.min", true);

        GrievanceCase resolved = inState(CaseStatus.RESOLVED);
        ProblemException refused = assertThrows(ProblemException.class, () -> resolved.noteForResident(WANG, false));
        assertEquals(409, refused.problem().getStatus());
    }

    private static boolean legal(CaseStatus from, CaseStatus to) {
        for (String[] pair : LEGAL) {
            if (pair[0].equals(from.name()) && pair[1].equals(to.name())) {
                return true;
            }
        }
        return false;
    }

    /** The action that leads to {@code target}: a staff member's for most, an event's for ratings and re-routing. */
    private static Optional<CaseTransition> become(GrievanceCase aCase, CaseStatus target) {
        return switch (target) {
            case QUEUED -> aCase.requeue(placement("urban-management"), "routing-service", T0);
            case CLAIMED -> Optional.of(aCase.claim(WANG, T0));
            case IN_PROGRESS -> Optional.of(aCase.proceed(WANG, null, T0));
            case WAITING_FOR_RESIDENT -> Optional.of(aCase.waitForResident(WANG, "请补充照片", T0.plusSeconds(3600), T0));
            case RESOLVED -> Optional.of(aCase.resolve(WANG, CaseOutcome.PARTLY_RESOLVED, "已修复一半", null, null, T0));
            case REOPENED -> aCase.rated(false, aCase.getStatusSequence(), "没修好", T0);
            case CLOSED -> aCase.rated(true, aCase.getStatusSequence(), null, T0);
            case RETURNED -> Optional.of(aCase.returnToRouting(WANG, false, "不属于本部门", T0));
            case MERGED -> Optional.of(aCase.mergeInto(other("c-original"), WANG, false, T0));
        };
    }

    /** A case brought into {@code state} by legal steps, held by wang.li where it is held at all. */
    static GrievanceCase inState(CaseStatus state) {
        GrievanceCase aCase = GrievanceCaseTest.queued();
        switch (state) {
            case QUEUED -> {
            }
            case CLAIMED -> aCase.claim(WANG, T0);
            case IN_PROGRESS -> {
                aCase.claim(WANG, T0);
                aCase.proceed(WANG, null, T0);
            }
            case WAITING_FOR_RESIDENT -> {
                aCase.claim(WANG, T0);
                aCase.waitForResident(WANG, "q", T0.plusSeconds(60), T0);
            }
            case RESOLVED -> {
                aCase.claim(WANG, T0);
                aCase.resolve(WANG, "done", T0);
            }
            case REOPENED, CLOSED -> {
                aCase.claim(WANG, T0);
                aCase.resolve(WANG, "done", T0);
                aCase.rated(state == CaseStatus.CLOSED, aCase.getStatusSequence(), null, T0);
            }
            case RETURNED -> aCase.returnToRouting(WANG, false, "not ours", T0);
            case MERGED -> aCase.mergeInto(other("c-original"), WANG, false, T0);
        }
        assertEquals(state, aCase.getStatus());
        return aCase;
    }

    private static GrievanceCase other(String id) {
        return GrievanceCase.queue(new GrievanceCase.Arrival(id, "GR-2026-" + id, "urban-management", "COMPLAINT",
                "street-lighting", null, "灯坏了", null, null, null, "NORMAL", 1L, "rule 1", T0, "trace", null), T0);
    }

    private static GrievanceCase.Arrival placement(String department) {
        return new GrievanceCase.Arrival("ignored", "ignored", department, "COMPLAINT", "street-lighting", null, "x",
                null, null, null, "URGENT", 7L, "rule 7 v2 matched", T0, "trace", null);
    }

    private static void assertNotHolder(Runnable action) {
        ProblemException refused = assertThrows(ProblemException.class, action::run);
        assertTrue(refused.problem().getType().endsWith(":not-case-holder"), refused.problem().getType());
    }

    private static void assertInvalid(String field, Runnable action) {
        assertInvalid(List.of(field), action);
    }

    private static void assertInvalid(List<String> fields, Runnable action) {
        ProblemException refused = assertThrows(ProblemException.class, action::run);
        assertEquals(400, refused.problem().getStatus());
        assertEquals(fields, refused.problem().getErrors().stream().map(Problem.FieldViolation::field).toList());
    }
}
