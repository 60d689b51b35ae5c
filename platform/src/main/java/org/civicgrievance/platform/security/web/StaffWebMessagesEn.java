package org.civicgrievance.platform.security.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface StaffWebMessagesEn extends StaffWebMessages {

    @Override
    @Message("Civic Grievance")
    String appName();

    @Override
    @Message("中文")
    String otherLanguage();

    @Override
    @Message("Sign out")
    String signOut();

    @Override
    @Message("Staff sign-in")
    String signInTitle();

    @Override
    @Message("Sign in with your staff account.")
    String signInIntro();

    @Override
    @Message("Username")
    String username();

    @Override
    @Message("Password")
    String password();

    @Override
    @Message("Sign in")
    String signIn();

    @Override
    @Message("Enter your username.")
    String usernameMissing();

    @Override
    @Message("Enter your password.")
    String passwordMissing();

    @Override
    @Message("The username or password is wrong.")
    String wrongCredentials();

    @Override
    @Message("Too many failed sign-ins. Please try again later.")
    String throttled();

    @Override
    @Message("Too many failed sign-ins. Please try again in {minutes} minutes.")
    String throttledFor(long minutes);

    @Override
    @Message("Sign-in is unavailable at the moment. Please try again later.")
    String unavailable();

    @Override
    @Message("The sign-in page expired. Please enter your details and submit again.")
    String formExpired();

    @Override
    @Message("Case workbench")
    String workbench();

    @Override
    @Message("Dispatch desk")
    String desk();

    @Override
    @Message("Pages")
    String paging();

    @Override
    @Message("Previous page")
    String previousPage();

    @Override
    @Message("Next page")
    String nextPage();

    @Override
    @Message("Page {page} of {pages} · {total} cases")
    String pageOf(int page, int pages, long total);

    @Override
    @Message("Special handling")
    String prioritySpecialHandling();

    @Override
    @Message("Green channel")
    String priorityGreenChannel();

    @Override
    @Message("Normal")
    String priorityNormal();
}
