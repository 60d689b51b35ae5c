package org.civicgrievance.intake.grievance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessCodeTest {

    private static final String CASE_ID = "6f1c2a9e-0d4b-4a57-9a38-2d1f4c7b8e10";

    @Test
    void codesAreTenCharactersWithoutLookAlikes() {
        for (int i = 0; i < 200; i++) {
            String code = AccessCode.generate();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{10}"), code);
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(AccessCode.generate());
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void theRightCodeOpensAndWrongOnesDoNot() {
        String hash = AccessCode.hash(CASE_ID, "ABCDE23456");
        assertTrue(AccessCode.matches(CASE_ID, "ABCDE23456", hash));
        assertTrue(AccessCode.matches(CASE_ID, " abcde23456 ", hash), "read over the phone, case and spaces do not matter");
        assertFalse(AccessCode.matches(CASE_ID, "ABCDE23457", hash));
        assertFalse(AccessCode.matches(CASE_ID, "", hash));
        assertFalse(AccessCode.matches(CASE_ID, null, hash));
    }

    @Test
    void theSameCodeHashesDifferentlyForAnotherCase() {
        assertNotEquals(AccessCode.hash(CASE_ID, "ABCDE23456"),
                AccessCode.hash("0a7e9d1c-3b2f-4e6a-8c5d-9f0e1a2b3c4d", "ABCDE23456"));
    }
}
