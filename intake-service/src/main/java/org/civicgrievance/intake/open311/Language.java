package org.civicgrievance.intake.open311;

import java.util.List;
import java.util.Locale;

/**
 * The language of names, descriptions and status notes in Open311 responses: Simplified Chinese
 * unless the client asks for English, by a {@code locale} parameter (as several GeoReport servers
 * accept) or else by {@code Accept-Language}.
 */
public enum Language {
    ZH("zh-CN"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, for {@code Content-Language} and the case's preferred language. */
    public String tag() {
        return tag;
    }

    public String pick(String zh, String en) {
        return this == EN ? en : zh;
    }

    /**
     * @param localeParameter the {@code locale} parameter, or null
     * @param acceptable      the client's {@code Accept-Language} ranges, most wanted first
     */
    public static Language of(String localeParameter, List<Locale> acceptable) {
        if (localeParameter != null && !localeParameter.isBlank()) {
            return ofTag(Locale.forLanguageTag(localeParameter.strip().replace('_', '-')));
        }
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return EN;
            }
            if ("zh".equals(locale.getLanguage())) {
                return ZH;
            }
        }
        return ZH;
    }

    private static Language ofTag(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : ZH;
    }
}
