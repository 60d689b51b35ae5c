package org.civicgrievance.resolution.calendar;

/** Fired when a calendar changed: {@link Calendars} reloads once the change committed. */
public record CalendarsChanged(String code) {
}
