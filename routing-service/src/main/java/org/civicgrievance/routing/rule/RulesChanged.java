package org.civicgrievance.routing.rule;

/** Fired when a rule or department changed: the {@link RuleBook} reloads once the change committed. */
public record RulesChanged(String what) {
}
