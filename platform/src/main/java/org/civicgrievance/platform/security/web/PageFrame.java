package org.civicgrievance.platform.security.web;

import io.quarkus.qute.TemplateData;

/**
 * What the shared layout ({@code templates/staff-web/layout.html}) shows around every staff page:
 * the language, the switch to the other one, and the sign-out button when signed in. Plain
 * strings, so a service's templates need nothing from this package but this record.
 *
 * @param csrfToken the session's CSRF token; null on pages shown before sign-in (no sign-out button)
 */
@TemplateData
public record PageFrame(String langTag, String langCode, String appName, String otherLanguage,
        String otherLanguageTag, String otherLanguageLink, String signOut, String csrfToken) {

    /**
     * @param path the page's own path and query without {@code lang}, e.g. {@code /staff/?department=transport}
     */
    public static PageFrame of(PageLanguage lang, StaffWebMessages messages, String path, String csrfToken) {
        return new PageFrame(lang.tag(), lang.code(), messages.appName(), messages.otherLanguage(),
                lang.other().tag(), lang.other().link(path), messages.signOut(), csrfToken);
    }
}
