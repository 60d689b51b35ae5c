package org.civicgrievance.routing.priority;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.civicgrievance.routing.rule.CaseFacts;
import org.civicgrievance.routing.rule.SearchText;

/**
 * Pure: special handling when the title or description holds an urgent keyword (matched like rule
 * keywords, so 燃气 泄漏 counts as 燃气泄漏), else green channel when the resident has any
 * green-channel reason, else normal. Danger outranks the green channel: it is the faster lane.
 */
public final class PriorityPolicy {

    private final List<String> urgentKeywords;

    public PriorityPolicy(List<String> urgentKeywords) {
        this.urgentKeywords = urgentKeywords.stream().map(String::strip)
                .filter(keyword -> !SearchText.normalise(keyword).isEmpty()).toList();
    }

    public PriorityAssessment assess(CaseFacts facts, Collection<String> greenChannelReasons) {
        String text = SearchText.of(facts);
        Optional<String> urgent = urgentKeywords.stream()
                .filter(keyword -> text.contains(SearchText.normalise(keyword)))
                .findFirst();
        if (urgent.isPresent()) {
            return new PriorityAssessment(Priority.SPECIAL_HANDLING, "urgent keyword '" + urgent.get() + "'");
        }
        if (!greenChannelReasons.isEmpty()) {
            return new PriorityAssessment(Priority.GREEN_CHANNEL,
                    "green channel: " + String.join(", ", greenChannelReasons.stream().sorted().toList()));
        }
        return new PriorityAssessment(Priority.NORMAL, "no urgent keyword, no green-channel reason");
    }
}
