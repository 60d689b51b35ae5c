package org.civicgrievance.platform.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaffPagesTest {

    @Test
    void pagesAreEverythingUnderStaffButTheSignInForm() {
        assertTrue(StaffPages.isPage("/staff"));
        assertTrue(StaffPages.isPage("/staff/"));
        assertTrue(StaffPages.isPage("/staff/cases/abc"));
        assertTrue(StaffPages.isPage("staff/cases/abc"));
        assertFalse(StaffPages.isPage("/staff/sign-in"));
        assertFalse(StaffPages.isPage("/staffing"));
        assertFalse(StaffPages.isPage("/api/cases/abc"));
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsAskedForExplicitly() {
        assertEquals(PageLanguage.ZH, PageLanguage.of(null));
        assertEquals(PageLanguage.ZH, PageLanguage.of("fr"));
        assertEquals(PageLanguage.EN, PageLanguage.of(" EN "));
        assertEquals("/staff/", PageLanguage.ZH.link("/staff/"));
        assertEquals("/staff/?lang=en", PageLanguage.EN.link("/staff/"));
        assertEquals("/staff/?department=transport&lang=en", PageLanguage.EN.link("/staff/?department=transport"));
    }

    @Test
    void aSignInRedirectIsA303ToTheFormInTheSameLanguage() {
        assertEquals(303, StaffPages.signInRedirect(PageLanguage.EN).getStatus());
        assertEquals("/staff/sign-in?lang=en", StaffPages.signInRedirect(PageLanguage.EN).getHeaderString("Location"));
    }
}
