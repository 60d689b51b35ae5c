package org.civicgrievance.resolution.calendar;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarVersionRepository implements PanacheRepositoryBase<CalendarVersion, CalendarVersion.Key> {

    /** Oldest first. */
    public List<CalendarVersion> historyOf(String code) {
        return list("key.calendarCode = ?1 order by key.version", code);
    }
}
