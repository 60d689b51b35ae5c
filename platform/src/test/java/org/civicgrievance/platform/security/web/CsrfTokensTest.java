package org.civicgrievance.platform.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    @Test
    void aSessionsTokenIsStableAndBelongsToThatSessionOnly() {
        String token = CsrfTokens.forSession("eyJ.session.one");
        assertEquals(token, CsrfTokens.forSession("eyJ.session.one"), "every replica derives the same token");
        assertNotEquals(token, CsrfTokens.forSession("eyJ.session.two"));
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "base64url of 32 bytes, no padding: " + token);
    }

    @Test
    void randomValuesDoNotRepeat() {
        assertNotEquals(CsrfTokens.random(), CsrfTokens.random());
        assertTrue(CsrfTokens.random().matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void onlyAnEqualNonEmptyValueMatches() {
        assertTrue(CsrfTokens.matches("abc", "abc"));
        assertFalse(CsrfTokens.matches("abc", "abd"));
        assertFalse(CsrfTokens.matches("abc", "abcd"));
        assertFalse(CsrfTokens.matches("abc", null));
        assertFalse(CsrfTokens.matches(null, "abc"));
        assertFalse(CsrfTokens.matches("", ""));
    }
}
