package org.civicgrievance.routing.rule;

/** What routing rules may look at in a case. */
public record CaseFacts(String kind, String category, String district) {
}
