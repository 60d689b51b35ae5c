package org.civicgrievance.routing.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.routing.priority.PriorityAssessment;
import org.civicgrievance.routing.priority.PriorityPolicy;
import org.civicgrievance.routing.rule.RuleRequests.RuleRequest;

/**
 * "Which department would this case go to, and why?" against the live rules, or against the live
 * rules with one draft rule added (or replacing a live one) before it goes live. Reads the
 * in-memory {@link RuleBook} only: a preview writes nothing.
 */
@ApplicationScoped
public class RulePreview {

    /**
     * A sample case, as intake would submit it, and optionally a draft rule to try.
     *
     * @param greenChannel  green-channel reasons (ELDERLY, SICK, DISABLED, OUT_OF_TOWN); none: not green channel
     * @param draft         a rule not yet saved, tried together with the live rules
     * @param draftReplaces the live rule the draft would replace (a change previewed); null: the draft is added
     */
    public record PreviewRequest(
            @Pattern(regexp = RuleRequests.KINDS) String kind,
            @Size(max = 64) String category,
            @Size(max = 200) String title,
            @Size(max = 5000) String description,
            @Size(max = 64) String district,
            @Size(max = 4) List<@Pattern(regexp = "ELDERLY|SICK|DISABLED|OUT_OF_TOWN") String> greenChannel,
            @Pattern(regexp = RuleRequests.CHANNELS) String channel,
            @Valid RuleRequest draft,
            Long draftReplaces) {

        CaseFacts facts() {
            return new CaseFacts(kind, category, title, description, district, !greenChannelReasons().isEmpty(), channel);
        }

        List<String> greenChannelReasons() {
            return greenChannel == null ? List.of() : greenChannel;
        }
    }

    /**
     * @param outcome    ROUTED, or TRIAGE when no rule places the case
     * @param ruleId     null when the draft rule decided (or nothing did)
     */
    public record PreviewResult(String outcome, String department, Long ruleId, Integer ruleVersion, boolean byDraft,
            String reason, String priority, String priorityReason) {
    }

    private final RuleBook ruleBook;
    private final PriorityPolicy priorities;

    public RulePreview(RuleBook ruleBook, PriorityPolicy priorities) {
        this.ruleBook = ruleBook;
        this.priorities = priorities;
    }

    public PreviewResult preview(PreviewRequest request) {
        RuleBook.Snapshot book = ruleBook.current();
        List<RoutingRule> rules = request.draft() == null ? book.rules() : withDraft(book, request);
        CaseFacts facts = request.facts();
        PriorityAssessment priority = priorities.assess(facts, request.greenChannelReasons());
        Optional<RoutingDecision> decision = book.decide(facts, rules);
        if (decision.isEmpty()) {
            return new PreviewResult("TRIAGE", null, null, null, false,
                    "no routing rule matches: the case would wait in triage for a dispatcher",
                    priority.priority().name(), priority.reason());
        }
        RoutingDecision placed = decision.get();
        return new PreviewResult("ROUTED", placed.departmentCode(), placed.ruleId(), placed.ruleVersion(),
                placed.ruleId() == null, placed.reason(), priority.priority().name(), priority.reason());
    }

    private static List<RoutingRule> withDraft(RuleBook.Snapshot book, PreviewRequest request) {
        RuleRequest draft = request.draft();
        if (!book.departments().containsKey(draft.department())) {
            throw ProblemException.invalidField("draft.department", "no department has the code " + draft.department());
        }
        List<RoutingRule> rules = new ArrayList<>();
        for (RoutingRule rule : book.rules()) {
            if (rule.getId().equals(request.draftReplaces())) {
                continue;
            }
            if (rule.getPriority() == draft.priority()) {
                throw new ProblemException("priority-taken", "Priority taken", 409,
                        "Rule %d has priority %d already; the draft could not go live with it."
                                .formatted(rule.getId(), draft.priority()));
            }
            rules.add(rule);
        }
        rules.add(RoutingRule.draft(draft.priority(), draft.conditions(), draft.department(), draft.description().strip()));
        return rules;
    }
}
