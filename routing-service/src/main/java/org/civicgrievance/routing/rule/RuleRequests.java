package org.civicgrievance.routing.rule;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the routing-rule administration API. */
public final class RuleRequests {

    static final String KINDS = "COMPLAINT|SUGGESTION|HELP_REQUEST|INQUIRY|PRAISE";
    static final String CHANNELS = "API|WEB_FORM|OPEN311|HOTLINE|SERVICE_WINDOW|HOME_VISIT|FEEDBACK_SESSION|OPINION_FORM";

    private RuleRequests() {
    }

    /**
     * A rule as an administrator writes it. Conditions left out (null, blank, no keywords) match any case.
     *
     * @param priority        unique among all rules; lower is tried first
     * @param keywords        alternatives: one found in the title or description is enough
     * @param greenChannel    true: only green-channel cases; false: only others; null: either
     * @param expectedVersion on a change, when given: refused (409) unless the rule is still at this version
     */
    public record RuleRequest(
            @NotNull @Min(1) @Max(1_000_000) Integer priority,
            @Pattern(regexp = KINDS) String kind,
            @Size(max = 64) String category,
            @Size(max = 20) List<@NotBlank @Pattern(regexp = "[^\\r\\n]{1,50}", message = "1 to 50 characters on one line") String> keywords,
            @Size(max = 64) String district,
            Boolean greenChannel,
            @Pattern(regexp = CHANNELS) String channel,
            @NotBlank @Size(max = 64) String department,
            @NotBlank @Size(max = 200) String description,
            Integer expectedVersion) {

        RuleConditions conditions() {
            return new RuleConditions(kind, blankToNull(category), keywords == null ? List.of()
                    : keywords.stream().map(String::strip).distinct().toList(), blankToNull(district), greenChannel,
                    channel);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    public record RuleView(long id, int version, int priority, String kind, String category, List<String> keywords,
            String district, Boolean greenChannel, String channel, String department, String description,
            boolean active, String changedBy, Instant changedAt) {

        static RuleView of(RoutingRule r) {
            RuleConditions c = r.conditions();
            return new RuleView(r.getId(), r.getVersion(), r.getPriority(), c.kind(), c.category(), c.keywords(),
                    c.district(), c.greenChannel(), c.channel(), r.getDepartmentCode(), r.getDescription(), r.isActive(),
                    r.getChangedBy(), r.getChangedAt());
        }

        static RuleView of(RuleVersion v) {
            RuleConditions c = v.conditions();
            return new RuleView(v.getKey().ruleId(), v.getKey().version(), v.getPriority(), c.kind(), c.category(),
                    c.keywords(), c.district(), c.greenChannel(), c.channel(), v.getDepartmentCode(), v.getDescription(),
                    v.isActive(), v.getChangedBy(), v.getChangedAt());
        }
    }
}
