package org.civicgrievance.resolution.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClockRepository implements PanacheRepositoryBase<CaseClock, Long> {

    public List<CaseClock> ofCase(String caseId) {
        return new ArrayList<>(list("caseId = ?1 order by id", caseId));
    }

    /** The live (running or paused) clocks of these cases, for lists that show each case's next due time. */
    public List<CaseClock> liveOf(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return list("caseId in ?1 and state in ?2", caseIds, List.of(ClockState.RUNNING, ClockState.PAUSED));
    }

    /**
     * The case's clocks, locked for a change: a scanner holding one of them finishes its batch first,
     * so the change works on what it committed instead of failing on a stale version.
     */
    @SuppressWarnings("unchecked")
    public List<CaseClock> ofCaseForChange(String caseId) {
        return new ArrayList<>(getEntityManager()
                .createNativeQuery("SELECT * FROM case_clock WHERE case_id = :caseId ORDER BY id FOR UPDATE",
                        CaseClock.class)
                .setParameter("caseId", caseId)
                .getResultList());
    }

    /**
     * Claims up to {@code limit} clocks falling due by {@code now}, locked for this transaction; rows
     * another replica holds are skipped, not waited for. Reads only the due rows through the
     * next_check_at index, however many cases are open. Native SQL: MariaDB refuses Hibernate's
     * {@code FOR UPDATE OF alias}.
     */
    @SuppressWarnings("unchecked")
    public List<CaseClock> claimDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM case_clock WHERE next_check_at <= :now
                ORDER BY next_check_at LIMIT :limit FOR UPDATE SKIP LOCKED""", CaseClock.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * The next live clocks on a calendar after {@code afterId}, in id order, locked for this
     * transaction (a case's change holding one finishes first). Reads only these rows through the
     * (calendar_code, ended_at, id) index: a live clock has not ended.
     */
    @SuppressWarnings("unchecked")
    public List<CaseClock> liveOnCalendarForChange(String calendarCode, long afterId, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM case_clock WHERE calendar_code = :code AND ended_at IS NULL AND id > :after
                ORDER BY id LIMIT :limit FOR UPDATE""", CaseClock.class)
                .setParameter("code", calendarCode)
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * One page of the live clocks past their due time with a red card, longest overdue first; one
     * department's or every department's. Read through the overdue indexes (a live clock has not
     * ended), so a page costs what it shows however many clocks are stored.
     */
    public List<CaseClock> overdue(String department, Instant now, int offset, int limit) {
        return overdueQuery(department, now, "order by dueAt, id").range(offset, offset + limit - 1).list();
    }

    public long countOverdue(String department, Instant now) {
        return overdueQuery(department, now, "").count();
    }

    private PanacheQuery<CaseClock> overdueQuery(String department, Instant now, String order) {
        String overdue = "redRaised = true and endedAt is null and dueAt <= ?1";
        return department == null ? find(overdue + " " + order, now)
                : find("department = ?2 and " + overdue + " " + order, now, department);
    }
}
