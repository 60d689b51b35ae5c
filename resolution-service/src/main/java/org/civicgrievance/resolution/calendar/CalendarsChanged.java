package org.civicgrievance.resolution.calendar;

/**
 * Fired inside the transaction of a calendar's change: {@link Calendars} reloads once it committed,
 * and the running clocks on the calendar are computed again.
 *
 * @param version the calendar's version after the change
 * @param by      who changed it
 */
public record CalendarsChanged(String code, int version, String by) {
}
