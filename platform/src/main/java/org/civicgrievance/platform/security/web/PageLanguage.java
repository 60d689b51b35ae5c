package org.civicgrievance.platform.security.web;

import java.util.Locale;

/** The languages of the staff pages: Simplified Chinese first, English on request ({@code ?lang=en}). */
public enum PageLanguage {

    ZH("zh-CN"),
    EN("en");

    public static final String PARAMETER = "lang";

    private final String tag;

    PageLanguage(String tag) {
        this.tag = tag;
    }

    /** Anything but {@code en} is Chinese, so a missing or mistyped value never breaks a page. */
    public static PageLanguage of(String value) {
        return value != null && value.trim().equalsIgnoreCase("en") ? EN : ZH;
    }

    /** The BCP 47 tag for {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The value of the {@code lang} parameter that selects this language. */
    public String code() {
        return this == EN ? "en" : "zh";
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The other language, for the switch link. */
    public PageLanguage other() {
        return this == EN ? ZH : EN;
    }

    /** {@code path}, keeping this language: Chinese is the default and needs no parameter. */
    public String link(String path) {
        return this == EN ? path + (path.contains("?") ? "&" : "?") + PARAMETER + "=en" : path;
    }
}
