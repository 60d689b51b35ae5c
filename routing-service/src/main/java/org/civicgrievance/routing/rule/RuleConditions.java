package org.civicgrievance.routing.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * What a case must look like for a rule to place it. Every condition given must hold (AND); a
 * condition left out (null, or no keywords) matches any case. Keywords are alternatives: one of
 * them found in the title or description is enough.
 *
 * @param greenChannel true: only green-channel cases; false: only cases without; null: either
 */
@Embeddable
public record RuleConditions(
        @Column(name = "kind", length = 20) String kind,
        @Column(name = "category", length = 64) String category,
        @Convert(converter = LinesConverter.class) @Column(name = "keywords", length = 2000) List<String> keywords,
        @Column(name = "district", length = 64) String district,
        @Column(name = "green_channel") Boolean greenChannel,
        @Column(name = "channel", length = 20) String channel) {

    public RuleConditions {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public static RuleConditions ofCategory(String category) {
        return new RuleConditions(null, category, List.of(), null, null, null);
    }

    /** The conditions in words, for audit records: "kind COMPLAINT, keywords 燃气泄漏|煤气". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (kind != null) {
            parts.add("kind " + kind);
        }
        if (category != null) {
            parts.add("category '" + category + "'");
        }
        if (!keywords.isEmpty()) {
            parts.add("keywords " + String.join("|", keywords));
        }
        if (district != null) {
            parts.add("district " + district);
        }
        if (greenChannel != null) {
            parts.add(greenChannel ? "green channel" : "not green channel");
        }
        if (channel != null) {
            parts.add("channel " + channel);
        }
        return parts.isEmpty() ? "any case" : String.join(", ", parts);
    }

    /**
     * The conditions this case meets, in words, or empty when one of them fails.
     *
     * @param searchText the case's {@link SearchText#of(CaseFacts)}, computed once for all rules
     */
    public Optional<String> match(CaseFacts facts, String searchText) {
        List<String> met = new ArrayList<>();
        if (kind != null) {
            if (!kind.equals(facts.kind())) {
                return Optional.empty();
            }
            met.add("kind " + kind);
        }
        if (category != null) {
            if (!category.equals(facts.category())) {
                return Optional.empty();
            }
            met.add("category '" + category + "'");
        }
        if (!keywords.isEmpty()) {
            Optional<String> found = keywords.stream()
                    .filter(keyword -> !SearchText.normalise(keyword).isEmpty())
                    .filter(keyword -> searchText.contains(SearchText.normalise(keyword)))
                    .findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            met.add("keyword '" + found.get() + "'");
        }
        if (district != null) {
            if (!district.equals(facts.district())) {
                return Optional.empty();
            }
            met.add("district " + district);
        }
        if (greenChannel != null) {
            if (greenChannel != facts.greenChannel()) {
                return Optional.empty();
            }
            met.add(greenChannel ? "green channel" : "not green channel");
        }
        if (channel != null) {
            if (!channel.equals(facts.channel())) {
                return Optional.empty();
            }
            met.add("channel " + channel);
        }
        return Optional.of(met.isEmpty() ? "any case (no conditions)" : String.join(", ", met));
    }
}
