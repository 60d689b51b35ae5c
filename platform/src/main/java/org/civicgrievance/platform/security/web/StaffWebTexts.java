package org.civicgrievance.platform.security.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageLinks;

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

    /** Where a page of a list stands ("page 2 of 7 · 160 cases") and the links to the pages beside it. */
    public PageLinks pageLinks(Page<?> page, IntFunction<String> linkToPage, PageLanguage lang) {
        return PageLinks.of(page, linkToPage, in(lang).pageOf(page.page(), page.pages(), page.total()));
    }

    /** A case's priority by its name on the pages; an unknown code as it is. */
    public String priority(String code, PageLanguage lang) {
        StaffWebMessages msg = in(lang);
        return switch (code == null ? "" : code) {
            case "SPECIAL_HANDLING" -> msg.prioritySpecialHandling();
            case "GREEN_CHANNEL" -> msg.priorityGreenChannel();
            case "NORMAL" -> msg.priorityNormal();
            default -> code;
        };
    }
}
