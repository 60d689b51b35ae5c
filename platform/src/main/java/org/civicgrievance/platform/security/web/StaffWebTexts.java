package org.civicgrievance.platform.security.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;

/** The {@link StaffWebMessages} of a page's language. */
@ApplicationScoped
public class StaffWebTexts {

    private final StaffWebMessages chinese;
    private final StaffWebMessages english;
    private final StaffWebConfig config;

    public StaffWebTexts(StaffWebMessages chinese, @Localized("en") StaffWebMessages english, StaffWebConfig config) {
        this.chinese = chinese;
        this.english = english;
        this.config = config;
    }

    public StaffWebMessages in(PageLanguage lang) {
        return lang == PageLanguage.EN ? english : chinese;
    }

    /** The frame of a page in {@code lang} at {@code path} (without {@code lang}); {@code csrfToken} null before sign-in. */
    public PageFrame frame(PageLanguage lang, String path, String csrfToken) {
        StaffWebMessages msg = in(lang);
        List<PageFrame.Place> places = new ArrayList<>(2);
        config.workbenchUrl().ifPresent(url -> places.add(new PageFrame.Place(msg.workbench(), lang.link(url.toString()))));
        config.deskUrl().ifPresent(url -> places.add(new PageFrame.Place(msg.desk(), lang.link(url.toString()))));
        return PageFrame.of(lang, msg, path, csrfToken, places);
    }
}
