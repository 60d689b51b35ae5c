package org.civicgrievance.intake.grievance;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two residents' texts are, from 0 (nothing shared) to 1 (the same): the Dice
 * coefficient of their character pairs. Character pairs work for Chinese, which has no spaces
 * between words, as well as for English; case, spacing and punctuation are ignored.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    public static double of(String first, String second) {
        Map<String, Integer> a = pairs(normalise(first));
        Map<String, Integer> b = pairs(normalise(second));
        int total = count(a) + count(b);
        if (total == 0) {
            return normalise(first).equals(normalise(second)) ? 1 : 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> pair : a.entrySet()) {
            shared += Math.min(pair.getValue(), b.getOrDefault(pair.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        text.toLowerCase().codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static Map<String, Integer> pairs(String text) {
        Map<String, Integer> pairs = new HashMap<>();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i + 1 < codePoints.length; i++) {
            pairs.merge(new String(codePoints, i, 2), 1, Integer::sum);
        }
        return pairs;
    }

    private static int count(Map<String, Integer> pairs) {
        return pairs.values().stream().mapToInt(Integer::intValue).sum();
    }
}
