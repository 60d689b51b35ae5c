package org.civicgrievance.intake.grievance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.civicgrievance.platform.validation.TrackingNumberFormat;

class TrackingNumbersTest {

    @Test
    void formatsYearAndEightDigitCounter() {
        assertEquals("GR-2026-00012345", TrackingNumbers.format(2026, 12345));
        assertEquals("GR-2027-00000001", TrackingNumbers.format(2027, 1));
    }

    @Test
    void recognisesOnlyWellFormedNumbers() {
        assertTrue(TrackingNumberFormat.isWellFormed("GR-2026-00012345"));
        assertFalse(TrackingNumberFormat.isWellFormed("GR-2026-1234"));
        assertFalse(TrackingNumberFormat.isWellFormed("gr-2026-00012345"));
        assertFalse(TrackingNumberFormat.isWellFormed("GR-2026-00012345' OR '1'='1"));
        assertFalse(TrackingNumberFormat.isWellFormed(null));
    }
}
