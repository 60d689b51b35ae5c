package org.civicgrievance.resolution.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.audit.AuditAction;
import org.civicgrievance.resolution.audit.AuditRecord;
import org.civicgrievance.resolution.audit.AuditTrail;
import org.civicgrievance.resolution.casework.CaseRepository;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The department's side of 一诺双评: a supervisor rates how each resolution was handled, once, and
 * never their own; the month's stars combine these with the residents' ratings.
 */
@ApplicationScoped
public class HandlingEvaluations {

    private final EntityManager entityManager;
    private final CaseRepository cases;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    public HandlingEvaluations(EntityManager entityManager, CaseRepository cases, AuditTrail audit, Clock clock,
            @ConfigProperty(name = "grievance.resolution.zone") ZoneId zone) {
        this.entityManager = entityManager;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public SupervisorRating rate(String caseId, int stars, String comment, StaffMember staff) {
        GrievanceCase aCase = cases.findByIdOptional(caseId).filter(c -> staff.worksIn(c.getDepartment()))
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        if (!staff.has(Roles.SUPERVISOR)) {
            throw new ForbiddenException("only supervisors rate handling");
        }
        Integer round = aCase.getResolutionRound();
        if ((aCase.getStatus() != CaseStatus.RESOLVED && aCase.getStatus() != CaseStatus.CLOSED) || round == null) {
            throw new ProblemException("not-resolved", "The case has no resolution to rate", 409,
                    "Handling is rated once the case is resolved or closed; it is " + aCase.getStatus() + ".");
        }
        if (staff.id().equals(aCase.getHandler())) {
            throw new ProblemException("own-handling", "Supervisors do not rate their own handling", 409,
                    "You resolved this case yourself; another supervisor of the department may rate it.");
        }
        if (!ratingsOf(caseId).stream().filter(r -> r.getResolutionRound() == round).toList().isEmpty()) {
            throw alreadyRated();
        }
        Instant now = clock.instant();
        SupervisorRating rating = new SupervisorRating(caseId, aCase.getDepartment(), aCase.getHandler(), round, stars,
                comment, staff.id(), now);
        try {
            entityManager.persist(rating);
            entityManager.flush(); // a rating committed meanwhile by another supervisor collides here, on the unique key
        } catch (PersistenceException collided) {
            throw alreadyRated();
        }
        audit.append(new AuditRecord.Entry(staff.id(), Roles.SUPERVISOR, AuditAction.HANDLING_RATED, caseId,
                aCase.getDepartment(), null, stars + " stars", "round " + round + " handled by " + aCase.getHandler(),
                aCase.getTraceId()));
        return rating;
    }

    public List<SupervisorRating> ratingsOf(String caseId) {
        return entityManager.createQuery("from SupervisorRating where caseId = :caseId order by id", SupervisorRating.class)
                .setParameter("caseId", caseId).getResultList();
    }

    /**
     * The month's stars: a supervisor's of their own department, an inspector's of one department or
     * of all (department null).
     */
    public MonthlyStars starsOf(YearMonth month, String department, StaffMember staff) {
        boolean inspector = staff.has(Roles.INSPECTOR);
        if (!inspector && !(staff.has(Roles.SUPERVISOR) && department != null && staff.worksIn(department))) {
            throw new ForbiddenException("supervisors read their own department's stars, inspectors every department's");
        }
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<String, Map<String, Tally>> byDepartment = new TreeMap<>();

        String residentQuery = """
                select c.department, c.handler, r.rating, count(r) from ResidentRating r join GrievanceCase c on c.id = r.caseId
                where r.ratedAt >= :from and r.ratedAt < :to""" + (department == null ? "" : " and c.department = :department")
                + " group by c.department, c.handler, r.rating";
        for (Object[] row : rows(residentQuery, from, to, department)) {
            long count = (Long) row[3];
            tally(byDepartment, (String) row[0], (String) row[1]).resident(count, count * Stars.ofResidentRating((String) row[2]));
        }
        String supervisorQuery = """
                select r.department, r.handler, count(r), sum(r.stars) from SupervisorRating r
                where r.ratedAt >= :from and r.ratedAt < :to""" + (department == null ? "" : " and r.department = :department")
                + " group by r.department, r.handler";
        for (Object[] row : rows(supervisorQuery, from, to, department)) {
            tally(byDepartment, (String) row[0], (String) row[1]).supervisor((Long) row[2], ((Number) row[3]).longValue());
        }

        List<MonthlyStars.DepartmentStars> departments = new ArrayList<>();
        byDepartment.forEach((code, handlers) -> {
            Tally total = new Tally();
            List<MonthlyStars.HandlerStars> perHandler = new ArrayList<>();
            handlers.forEach((handler, tally) -> {
                total.add(tally);
                perHandler.add(new MonthlyStars.HandlerStars(handler, tally.resident(), tally.supervisor(), tally.combined()));
            });
            departments.add(new MonthlyStars.DepartmentStars(code, total.resident(), total.supervisor(), total.combined(),
                    perHandler));
        });
        return new MonthlyStars(month, zone.getId(), departments);
    }

    private List<Object[]> rows(String query, Instant from, Instant to, String department) {
        var typed = entityManager.createQuery(query, Object[].class).setParameter("from", from).setParameter("to", to);
        if (department != null) {
            typed.setParameter("department", department);
        }
        return typed.getResultList();
    }

    private static Tally tally(Map<String, Map<String, Tally>> byDepartment, String department, String handler) {
        // a resident may rate a case nobody held (never claimed, then merged, say): it counts for the department
        return byDepartment.computeIfAbsent(department, d -> new TreeMap<>())
                .computeIfAbsent(handler == null ? "" : handler, h -> new Tally());
    }

    private static ProblemException alreadyRated() {
        return new ProblemException("already-rated", "This resolution's handling is already rated", 409,
                "Each resolution's handling is rated once.");
    }

    /** Counts and star sums of both kinds of rating. */
    private static final class Tally {
        private long residentCount;
        private long residentSum;
        private long supervisorCount;
        private long supervisorSum;

        void resident(long count, long sum) {
            residentCount += count;
            residentSum += sum;
        }

        void supervisor(long count, long sum) {
            supervisorCount += count;
            supervisorSum += sum;
        }

        void add(Tally other) {
            resident(other.residentCount, other.residentSum);
            supervisor(other.supervisorCount, other.supervisorSum);
        }

        Stars resident() {
            return Stars.of(residentCount, residentSum);
        }

        Stars supervisor() {
            return Stars.of(supervisorCount, supervisorSum);
        }

        Stars combined() {
            return Stars.of(residentCount + supervisorCount, residentSum + supervisorSum);
        }
    }
}
