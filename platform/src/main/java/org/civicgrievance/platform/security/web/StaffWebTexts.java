package org.civicgrievance.platform.security.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;

/** The {@link StaffWebMessages} of a page's language. */
@ApplicationScoped
public class StaffWebTexts {

    private final StaffWebMessages chinese;
    private final StaffWebMessages english;

    public StaffWebTexts(StaffWebMessages chinese, @Localized("en") StaffWebMessages english) {
        this.chinese = chinese;
        this.english = english;
    }

    public StaffWebMessages in(PageLanguage lang) {
        return lang == PageLanguage.EN ? english : chinese;
    }

    /** The frame of a page in {@code lang} at {@code path} (without {@code lang}); {@code csrfToken} null before sign-in. */
    public PageFrame frame(PageLanguage lang, String path, String csrfToken) {
        return PageFrame.of(lang, in(lang), path, csrfToken);
    }
}
