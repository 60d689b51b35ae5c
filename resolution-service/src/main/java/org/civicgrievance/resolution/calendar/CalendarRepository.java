package org.civicgrievance.resolution.calendar;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<CalendarDefinition, String> {

    /** Every calendar with its special days, in one query. */
    public List<CalendarDefinition> listWithDays() {
        return getEntityManager()
                .createQuery("select distinct c from CalendarDefinition c left join fetch c.days order by c.code",
                        CalendarDefinition.class)
                .getResultList();
    }

    /**
     * Locked until the transaction ends: two administrators' changes are made one after the other.
     * Native SQL: Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public Optional<CalendarDefinition> findForChange(String code) {
        List<?> locked = getEntityManager()
                .createNativeQuery("SELECT code FROM business_calendar WHERE code = :code FOR UPDATE")
                .setParameter("code", code).getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(code);
    }
}
