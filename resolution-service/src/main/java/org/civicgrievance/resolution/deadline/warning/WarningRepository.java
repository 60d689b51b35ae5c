package org.civicgrievance.resolution.deadline.warning;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.deadline.ClockState;
import org.civicgrievance.resolution.deadline.WarningLevel;

@ApplicationScoped
public class WarningRepository implements PanacheRepositoryBase<ClockWarning, Long> {

    private static final int LIMIT = 500;
    private static final String LIVE_CLOCK = " and exists (select 1 from CaseClock c where c.id = w.clockId"
            + " and c.state in :live)";

    public List<ClockWarning> ofCase(String caseId) {
        return list("caseId = ?1 order by raisedAt, id", caseId);
    }

    /** Warnings on the live clocks of the cases a handler holds in their department, newest first. */
    public List<ClockWarning> heldBy(String department, String handler) {
        return getEntityManager().createQuery("select w from ClockWarning w where w.department = :department"
                + " and exists (select 1 from GrievanceCase g where g.id = w.caseId and g.handler = :handler"
                + " and g.department = :department and g.status not in :finished)" + LIVE_CLOCK
                + " order by w.raisedAt desc, w.id desc", ClockWarning.class)
                .setParameter("department", department)
                .setParameter("handler", handler)
                .setParameter("finished", List.of(CaseStatus.CLOSED, CaseStatus.MERGED))
                .setParameter("live", List.of(ClockState.RUNNING, ClockState.PAUSED))
                .setMaxResults(LIMIT).getResultList();
    }

    /** Warnings on the live clocks of a department's cases, newest first. */
    public List<ClockWarning> ofDepartment(String department) {
        return getEntityManager().createQuery("select w from ClockWarning w where w.department = :department"
                + LIVE_CLOCK + " order by w.raisedAt desc, w.id desc", ClockWarning.class)
                .setParameter("department", department)
                .setParameter("live", List.of(ClockState.RUNNING, ClockState.PAUSED))
                .setMaxResults(LIMIT).getResultList();
    }

    /** Red cards on live clocks in every department, newest first: what discipline officials follow. */
    public List<ClockWarning> allRed() {
        return getEntityManager().createQuery("select w from ClockWarning w where w.level = :red" + LIVE_CLOCK
                + " order by w.raisedAt desc, w.id desc", ClockWarning.class)
                .setParameter("red", WarningLevel.RED)
                .setParameter("live", List.of(ClockState.RUNNING, ClockState.PAUSED))
                .setMaxResults(LIMIT).getResultList();
    }
}
