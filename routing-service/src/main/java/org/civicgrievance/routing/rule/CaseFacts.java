package org.civicgrievance.routing.rule;

/**
 * What routing rules may look at in a case.
 *
 * @param greenChannel whether the resident qualifies for the green channel 绿色通道 (any reason)
 */
public record CaseFacts(String kind, String category, String title, String description, String district,
        boolean greenChannel, String channel) {

    /** Only the category known, as in the oldest rules; handy for tests and previews. */
    public static CaseFacts ofCategory(String kind, String category, String district) {
        return new CaseFacts(kind, category, null, null, district, false, null);
    }
}
