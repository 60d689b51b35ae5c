package org.civicgrievance.resolution.deadline.policy;

/**
 * What a case's clocks run on: the calendar, each clock's limit, and whether the department's
 * supervisors are alerted the moment the case is queued.
 */
public record DeadlineTerms(String calendarCode, Limits limits, boolean alertSupervisorsAtOnce) {
}
