package org.civicgrievance.resolution.calendar;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicgrievance.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The business calendars deadlines are computed on, by code. */
@ApplicationScoped
public class Calendars {

    private final ZoneId defaultZone;

    public Calendars(@ConfigProperty(name = "grievance.resolution.zone") ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public BusinessCalendar byCode(String code) {
        if (RoundTheClock.CODE.equals(code)) {
            return new RoundTheClock(code, defaultZone);
        }
        throw ProblemException.notFound("Calendar " + code);
    }
}
