package org.civicgrievance.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrackingNumberFormatTest {

    @Test
    void aCaseOrAPartOfASplitCaseIsWellFormed() {
        assertTrue(TrackingNumberFormat.isWellFormed("GR-2026-00000001"));
        assertTrue(TrackingNumberFormat.isWellFormed("GR-2026-00000001-2"));
        assertTrue(TrackingNumberFormat.isWellFormed("GR-2026-00000001-12"));
        for (String wrong : new String[] { null, "", "gr-2026-00000001", "GR-26-00000001", "GR-2026-0000001",
                "GR-2026-00000001-123", "GR-2026-00000001 ", "x GR-2026-00000001" }) {
            assertFalse(TrackingNumberFormat.isWellFormed(wrong), wrong);
        }
    }

    @Test
    void whatWasTypedIsStrippedAndInCapitalsWhenItIsOne() {
        assertEquals("GR-2026-00000001-2", TrackingNumberFormat.typed("  gr-2026-00000001-2 "));
        assertNull(TrackingNumberFormat.typed("路灯不亮"));
        assertNull(TrackingNumberFormat.typed(null));
    }
}
