package org.civicgrievance.platform.security.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What the shared layout ({@code templates/staff-web/layout.html}) shows around every staff page:
 * the language, the switch to the other one, the links to the staff pages of the services (so a
 * dispatcher who signed in on resolution finds routing's desk), and the sign-out button when signed
 * in. Plain strings, so a service's templates need nothing from this package but this record.
 *
 * @param csrfToken the session's CSRF token; null on pages shown before sign-in (no sign-out button)
 * @param places    the services' staff pages, each linked in the page's language; empty before sign-in
 * @param paging    the label of a list's paging links, and theirs ({@code tags/pager.html})
 */
@TemplateData
public record PageFrame(String langTag, String langCode, String appName, String otherLanguage,
        String otherLanguageTag, String otherLanguageLink, String signOut, String csrfToken, List<Place> places,
        String paging, String previousPage, String nextPage) {

    /** One service's staff pages: its name and address. */
    public record Place(String name, String link) {
    }

    /**
     * @param path the page's own path and query without {@code lang}, e.g. {@code /staff/?department=transport}
     */
    public static PageFrame of(PageLanguage lang, StaffWebMessages messages, String path, String csrfToken,
            List<Place> places) {
        return new PageFrame(lang.tag(), lang.code(), messages.appName(), messages.otherLanguage(),
                lang.other().tag(), lang.other().link(path), messages.signOut(), csrfToken,
                csrfToken == null ? List.of() : List.copyOf(places), messages.paging(), messages.previousPage(),
                messages.nextPage());
    }
}
