package org.civicgrievance.resolution.queue;

import java.util.Locale;
import java.util.Optional;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.validation.TrackingNumberFormat;

/**
 * What a handler narrows a list of cases to; every part is optional. {@code text} that is a whole
 * tracking number finds that case; other text finds words in a case's title or description.
 */
public record QueueFilter(String text, String category, String district, String priority, Card card) {

    public static final int MAX_TEXT = 100;
    private static final String CODE = "[a-z0-9][a-z0-9-]{0,63}";
    private static final String PRIORITY = "SPECIAL_HANDLING|GREEN_CHANNEL|NORMAL";

    /** The card a case carries now (the one lists show): {@code NONE} is a case without either. */
    public enum Card {
        RED, YELLOW, NONE
    }

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null);

    /** From query or form parameters as sent: blanks are absent; anything else wrong is refused by field. */
    public static QueueFilter of(String text, String category, String district, String priority, String card) {
        String t = blankToNull(text);
        if (t != null && t.length() > MAX_TEXT) {
            throw ProblemException.invalidField("q", "at most " + MAX_TEXT + " characters");
        }
        String c = blankToNull(category);
        if (c != null && !c.matches(CODE)) {
            throw ProblemException.invalidField("category", "a category code, e.g. street-lighting");
        }
        String d = blankToNull(district);
        if (d != null && d.length() > 64) {
            throw ProblemException.invalidField("district", "at most 64 characters");
        }
        String p = Optional.ofNullable(blankToNull(priority)).map(v -> v.toUpperCase(Locale.ROOT)).orElse(null);
        if (p != null && !p.matches(PRIORITY)) {
            throw ProblemException.invalidField("priority", "one of SPECIAL_HANDLING, GREEN_CHANNEL, NORMAL");
        }
        return new QueueFilter(t, c, d, p, card(blankToNull(card)));
    }

    /** The text, when it is a whole tracking number (then looked up exactly, not as words); else null. */
    public String trackingNumber() {
        return TrackingNumberFormat.typed(text);
    }

    public boolean isEmpty() {
        return text == null && category == null && district == null && priority == null && card == null;
    }

    private static Card card(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Card.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("card", "one of RED, YELLOW, NONE");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
