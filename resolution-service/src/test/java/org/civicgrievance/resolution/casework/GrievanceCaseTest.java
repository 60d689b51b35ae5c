package org.civicgrievance.resolution.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;

import org.civicgrievance.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case's state machine, without any container. */
class GrievanceCaseTest {

    private static final Instant ROUTED = Instant.parse("2026-11-27T01:00:00Z");

    static GrievanceCase queued() {
        return GrievanceCase.queue(new GrievanceCase.Arrival("c-1", "GR-2026-00000001", "urban-management", "COMPLAINT",
                "street-lighting", "路灯不亮", "灯坏了", "幸福路12号", "gulou",
                new Contact("张三", "13812345678", null), "NORMAL", 1L, "rule 1", ROUTED, "trace", null), ROUTED);
    }

    @Test
    void aClaimedCaseIsResolvedByItsHandler() {
        GrievanceCase aCase = queued();
        assertEquals(CaseStatus.QUEUED, aCase.getStatus());
        assertEquals(1, aCase.getStatusSequence());

        CaseTransition claim = aCase.claim("wang.li", ROUTED.plusSeconds(60));
        assertEquals(CaseStatus.QUEUED, claim.from());
        assertEquals(CaseStatus.CLAIMED, claim.to());
        assertEquals("wang.li", aCase.getHandler());
        assertEquals(2, aCase.getStatusSequence());

        CaseTransition resolve = aCase.resolve("wang.li", "已更换灯泡", ROUTED.plusSeconds(600));
        assertEquals(CaseStatus.RESOLVED, aCase.getStatus());
        assertEquals(CaseStatus.CLAIMED, resolve.from());
        assertEquals("已更换灯泡", aCase.getResolutionNote());
        assertEquals(ROUTED.plusSeconds(600), aCase.getResolvedAt());
        assertEquals(3, aCase.getStatusSequence());
    }

    @Test
    void aQueuedCaseCannotBeResolvedAndSaysWhatIsAllowed() {
        GrievanceCase aCase = queued();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> aCase.resolve("wang.li", "done", ROUTED));
        assertEquals(409, refused.problem().getStatus());
        assertEquals(Set.of(CaseStatus.CLAIMED, CaseStatus.RETURNED, CaseStatus.MERGED), refused.problem().getExtensions().get("allowedTransitions"));
        assertEquals(CaseStatus.QUEUED, aCase.getStatus(), "a refused change leaves the case as it was");
        assertNull(aCase.getResolutionNote());
    }

    @Test
    void aCaseIsClaimedOnlyOnce() {
        GrievanceCase aCase = queued();
        aCase.claim("wang.li", ROUTED);
        assertThrows(IllegalTransitionException.class, () -> aCase.claim("li.na", ROUTED));
        assertEquals("wang.li", aCase.getHandler());
    }

    @Test
    void onlyTheHolderResolves() {
        GrievanceCase aCase = queued();
        aCase.claim("wang.li", ROUTED);
        ProblemException refused = assertThrows(ProblemException.class, () -> aCase.resolve("li.na", "done", ROUTED));
        assertEquals(409, refused.problem().getStatus());
        assertEquals(CaseStatus.CLAIMED, aCase.getStatus());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "QUEUED,   CLAIMED,  true",
            "QUEUED,   RESOLVED, false",
            "QUEUED,   QUEUED,   false",
            "CLAIMED,  RESOLVED, true",
            "CLAIMED,  QUEUED,   false",
            "CLAIMED,  CLAIMED,  false",
            "RESOLVED, QUEUED,   false",
            "RESOLVED, CLAIMED,  false",
            "RESOLVED, RESOLVED, false",
    })
    void transitionTable(CaseStatus from, CaseStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @ParameterizedTest
    @CsvSource({
            "13812345678,     138****5678",
            "+86 138 1234 5678, 861****5678",
            "12345,           ****",
    })
    void phoneNumbersAreMasked(String phone, String masked) {
        assertEquals(masked, Contact.maskPhone(phone));
    }

    @Test
    void namesAndEmailsAreMasked() {
        Contact masked = new Contact("张三丰", "13812345678", "zhang@example.org").masked();
        assertEquals("张**", masked.name());
        assertEquals("138****5678", masked.phone());
        assertEquals("z****@example.org", masked.email());
    }
}
