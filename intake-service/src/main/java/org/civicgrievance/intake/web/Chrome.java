package org.civicgrievance.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * What every page has around its content: its language, whether it reports errors (the title then
 * starts with "Error:"), and the switch to the other language.
 */
@TemplateData
public record Chrome(String lang, boolean hasErrors, LanguageSwitch switcher) {

    /**
     * The switch to the other language. A page reached by a link switches with a link to the same
     * address; a page that answers a form post (a receipt, a case) switches by posting again with
     * what it needs, so that nothing shown is lost and no access code ever goes into an address.
     */
    @TemplateData
    public record LanguageSwitch(String label, String lang, String href, String action, List<Hidden> hidden) {

        public boolean isLink() {
            return href != null;
        }
    }

    @TemplateData
    public record Hidden(String name, String value) {
    }

    /** For a page reached by GET: the switch links to {@code path} with the same {@code query} in the other language. */
    public static Chrome linked(Lang lang, String path, Map<String, String> query, boolean hasErrors) {
        String href = Links.to(path, lang.other(), query);
        return new Chrome(lang.tag(), hasErrors, new LanguageSwitch(lang.other().ownName(), lang.other().tag(), href, null,
                List.of()));
    }

    public static Chrome linked(Lang lang, String path) {
        return linked(lang, path, Map.of(), false);
    }

    /** For a page that answers a POST: the switch posts {@code fields} to {@code action} in the other language. */
    public static Chrome posted(Lang lang, String action, Map<String, String> fields, boolean hasErrors) {
        List<Hidden> hidden = new ArrayList<>();
        fields.forEach((name, value) -> hidden.add(new Hidden(name, value)));
        hidden.add(new Hidden(Lang.PARAM, lang.other().tag()));
        return new Chrome(lang.tag(), hasErrors, new LanguageSwitch(lang.other().ownName(), lang.other().tag(), null, action,
                List.copyOf(hidden)));
    }
}
