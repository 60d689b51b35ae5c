package org.civicgrievance.intake.web;

import java.util.Locale;

/** The two languages of the residents' pages: Simplified Chinese first, English on request. */
public enum Lang {
    ZH_CN("zh-CN", "中文"),
    EN("en", "English");

    /** The query parameter and hidden form field that carry the language from page to page. */
    public static final String PARAM = "lang";

    private final String tag;
    private final String ownName;

    Lang(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** Anything but English is Chinese: the default never fails, whatever a link or a form sends. */
    public static Lang of(String tag) {
        return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH_CN;
    }

    /** The IETF tag, as in {@code <html lang>} and in the case's preferred language. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the switch to it reads. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public Lang other() {
        return this == ZH_CN ? EN : ZH_CN;
    }

    public boolean isEnglish() {
        return this == EN;
    }
}
