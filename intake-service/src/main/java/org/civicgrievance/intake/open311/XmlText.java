package org.civicgrievance.intake.open311;

/** Text that XML 1.0 can carry: markup is the writer's to escape, but some characters have no escape at all. */
final class XmlText {

    private static final int REPLACEMENT = 0xFFFD;

    private XmlText() {
    }

    /** {@code text} with control characters, lone surrogates and non-characters replaced by U+FFFD. */
    static String legal(String text) {
        if (text.codePoints().allMatch(XmlText::isLegal)) {
            return text;
        }
        StringBuilder legal = new StringBuilder(text.length());
        text.codePoints().forEach(c -> legal.appendCodePoint(isLegal(c) ? c : REPLACEMENT));
        return legal.toString();
    }

    /** XML 1.0's Char production. */
    private static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
