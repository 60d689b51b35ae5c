package org.civicgrievance.routing.rule;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as keyword matching sees it: NFKC (full-width letters and digits become half-width),
 * lower case, and no whitespace at all. Chinese is written without spaces, so keywords are matched
 * as substrings rather than words: 燃气泄漏 then matches "燃气 泄漏" and "gas leak" matches "Gas  Leak".
 * The price is that a short Latin keyword also matches inside longer words ("fire" in "fireworks").
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Title and description of a case, normalised once for all rules. */
    public static String of(CaseFacts facts) {
        return normalise(facts.title()) + "\n" + normalise(facts.description());
    }
}
