package org.civicgrievance.resolution.queue;

import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.DueSummaries.DueSummary;

/** A case in a list with what orders it there: its nearest due time and its card (null: no live clock). */
public record QueuedCase(GrievanceCase aCase, DueSummary due) {
}
