package org.civicgrievance.resolution.queue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.casework.CaseRepository;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.DueSummaries;
import org.civicgrievance.resolution.deadline.DueSummaries.DueSummary;

/**
 * A department's lists of cases, most urgent first, one page at a time: a red card first, then a
 * yellow one, then special handling 特事特办, then the green channel 绿色通道, then the least time
 * left, then the longest wait. The card and the time left are those {@link DueSummaries} shows
 * (the case's live clocks), so a row's position and what it says agree.
 *
 * <p>A page costs four statements whatever its size: the count, the page's ids in order (read
 * through the department/status index and each case's clocks, so the work follows the department's
 * open cases, not every case stored), the cases, and their clocks. They read in one transaction, so
 * the count and the page come from the same snapshot.
 */
@ApplicationScoped
public class Queues {

    /** The states of a case someone holds: claimed until resolved, or reopened by the resident. */
    public static final List<CaseStatus> HELD = List.of(CaseStatus.CLAIMED, CaseStatus.IN_PROGRESS,
            CaseStatus.WAITING_FOR_RESIDENT, CaseStatus.REOPENED);

    private static final String CARD = "MAX(CASE WHEN k.red_raised THEN 2 WHEN k.yellow_raised THEN 1 ELSE 0 END)";
    private static final String URGENCY = CARD + " DESC, CASE c.priority WHEN 'SPECIAL_HANDLING' THEN 0"
            + " WHEN 'GREEN_CHANNEL' THEN 1 ELSE 2 END, MIN(k.due_at) IS NULL, MIN(k.due_at), c.queued_at, c.id";

    private final EntityManager em;
    private final CaseRepository cases;
    private final DueSummaries dueSummaries;

    public Queues(EntityManager em, CaseRepository cases, DueSummaries dueSummaries) {
        this.em = em;
        this.cases = cases;
        this.dueSummaries = dueSummaries;
    }

    /** The department's cases waiting to be claimed: for its own staff and for inspectors. */
    @Transactional
    public Page<QueuedCase> waiting(String department, StaffMember reader, QueueFilter filter, PageRequest page) {
        if (!reader.mayRead(department)) {
            throw new ForbiddenException("not a member of " + department);
        }
        return page(department, List.of(CaseStatus.QUEUED), null, filter, page);
    }

    /** The cases this handler or supervisor holds in their own department; nobody else holds any. */
    @Transactional
    public Page<QueuedCase> heldBy(StaffMember holder, QueueFilter filter, PageRequest page) {
        if (holder.department() == null || !holder.worksIn(holder.department())) {
            return Page.of(List.of(), page, 0);
        }
        return page(holder.department(), HELD, holder.id(), filter, page);
    }

    private Page<QueuedCase> page(String department, List<CaseStatus> statuses, String handler, QueueFilter filter,
            PageRequest requested) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String grouped = grouped(department, statuses, handler, filter, parameters);
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM (" + grouped + ") matching"), parameters)
                .getSingleResult()).longValue();
        PageRequest page = requested.within(total);
        if (total == 0) {
            return Page.of(List.of(), page, 0);
        }
        @SuppressWarnings("unchecked")
        List<String> ids = bind(em.createNativeQuery(grouped + " ORDER BY " + URGENCY + " LIMIT :limit OFFSET :offset"),
                parameters).setParameter("limit", page.size()).setParameter("offset", page.offset()).getResultList();
        return Page.of(inOrder(ids), page, total);
    }

    /** The matching case ids, one row per case with its live clocks grouped (the card filter needs them). */
    private static String grouped(String department, List<CaseStatus> statuses, String handler, QueueFilter filter,
            Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder("""
                SELECT c.id FROM grievance_case c
                LEFT JOIN case_clock k ON k.case_id = c.id AND k.state IN ('RUNNING', 'PAUSED')
                WHERE c.department = :department AND c.status IN (:statuses)""");
        parameters.put("department", department);
        parameters.put("statuses", statuses.stream().map(Enum::name).toList());
        if (handler != null) {
            sql.append(" AND c.handler = :handler");
            parameters.put("handler", handler);
        }
        if (filter.category() != null) {
            sql.append(" AND c.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.district() != null) {
            sql.append(" AND c.district = :district");
            parameters.put("district", filter.district());
        }
        if (filter.priority() != null) {
            sql.append(" AND c.priority = :priority");
            parameters.put("priority", filter.priority());
        }
        if (filter.text() != null) {
            sql.append(" AND (c.tracking_number = :text OR c.title LIKE :words OR c.description LIKE :words)");
            parameters.put("text", filter.text());
            parameters.put("words", "%" + likeEscaped(filter.text()) + "%");
        }
        sql.append(" GROUP BY c.id");
        if (filter.card() != null) {
            sql.append(" HAVING ").append(CARD).append(" = :card");
            parameters.put("card", switch (filter.card()) {
                case RED -> 2;
                case YELLOW -> 1;
                case NONE -> 0;
            });
        }
        return sql.toString();
    }

    private List<QueuedCase> inOrder(List<String> ids) {
        Map<String, GrievanceCase> byId = cases.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(GrievanceCase::getId, Function.identity()));
        Map<String, DueSummary> due = dueSummaries.of(ids);
        List<QueuedCase> page = new ArrayList<>(ids.size());
        for (String id : ids) {
            GrievanceCase aCase = byId.get(id);
            if (aCase != null) { // gone between the two reads: the next page load shows the queue as it is
                page.add(new QueuedCase(aCase, due.get(id)));
            }
        }
        return page;
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The text as a LIKE pattern's literal part: its own % and _ match only themselves. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
