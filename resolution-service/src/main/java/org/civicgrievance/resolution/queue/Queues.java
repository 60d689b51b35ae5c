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
 * <p>A page costs four statements whatever its size: the count, the page's ids in order, the cases,
 * and their clocks. They read in one transaction, so the count and the page come from the same
 * snapshot. Both lists are read from {@code queue_entry} ({@link QueueEntries} keeps it in urgency
 * order), through an index in that order: the first page reads the first page's entries, however
 * long the list. Filters on the case (category, district, words) read the list in that order until
 * the page is full, and count what matches.
 */
@ApplicationScoped
public class Queues {

    /** The states of a case someone holds: claimed until resolved, or reopened by the resident. */
    public static final List<CaseStatus> HELD = List.of(CaseStatus.CLAIMED, CaseStatus.IN_PROGRESS,
            CaseStatus.WAITING_FOR_RESIDENT, CaseStatus.REOPENED);

    /** The lists' order, as their index holds it ({@code idx_queue_entry_urgency}, after department and handler). */
    private static final String URGENCY = "q.card_rank, q.priority_rank, q.next_due_at, q.queued_at, q.case_id";

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
    public Page<QueuedCase> waiting(String department, StaffMember reader, QueueFilter filter, PageRequest requested) {
        if (!reader.mayRead(department)) {
            throw new ForbiddenException("not a member of " + department);
        }
        return list(department, null, filter, requested);
    }

    /** The cases this handler or supervisor holds in their own department; nobody else holds any. */
    @Transactional
    public Page<QueuedCase> heldBy(StaffMember holder, QueueFilter filter, PageRequest page) {
        if (holder.department() == null || !holder.worksIn(holder.department())) {
            return Page.of(List.of(), page, 0);
        }
        return list(holder.department(), holder.id(), filter, page);
    }

    /** @param handler the holder whose cases are listed; null for the cases waiting in the queue */
    private Page<QueuedCase> list(String department, String handler, QueueFilter filter, PageRequest requested) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String matching = entries(department, handler, filter, parameters);
        return page("SELECT COUNT(*) " + matching, "SELECT q.case_id " + matching + " ORDER BY " + URGENCY,
                parameters, requested);
    }

    /** The list's entries that match, joined with their cases only when a filter needs them. */
    private static String entries(String department, String handler, QueueFilter filter,
            Map<String, Object> parameters) {
        boolean onTheCase = filter.category() != null || filter.district() != null || filter.text() != null;
        StringBuilder sql = new StringBuilder("FROM queue_entry q"
                + (onTheCase ? " JOIN grievance_case c ON c.id = q.case_id" : "") + " WHERE q.department = :department");
        parameters.put("department", department);
        if (handler == null) {
            sql.append(" AND q.handler IS NULL");
        } else {
            sql.append(" AND q.handler = :handler");
            parameters.put("handler", handler);
        }
        if (filter.card() != null) {
            sql.append(" AND q.card_rank = :cardRank");
            parameters.put("cardRank", 2 - cardLevel(filter.card()));
        }
        if (filter.priority() != null) {
            sql.append(" AND q.priority_rank = :priorityRank");
            parameters.put("priorityRank", switch (filter.priority()) {
                case "SPECIAL_HANDLING" -> 0;
                case "GREEN_CHANNEL" -> 1;
                default -> 2;
            });
        }
        appendCaseFilters(sql, filter, parameters);
        return sql.toString();
    }

    /** The count, then the ids of the requested page (never past the last) in order, then their cases. */
    private Page<QueuedCase> page(String countSql, String orderedIdsSql, Map<String, Object> parameters,
            PageRequest requested) {
        long total = ((Number) bind(em.createNativeQuery(countSql), parameters).getSingleResult()).longValue();
        PageRequest page = requested.within(total);
        if (total == 0) {
            return Page.of(List.of(), page, 0);
        }
        @SuppressWarnings("unchecked")
        List<String> ids = bind(em.createNativeQuery(orderedIdsSql + " LIMIT :limit OFFSET :offset"), parameters)
                .setParameter("limit", page.size()).setParameter("offset", page.offset()).getResultList();
        return Page.of(inOrder(ids), page, total);
    }

    /** The filters on the case itself (alias c): category, district, and a tracking number or words. */
    private static void appendCaseFilters(StringBuilder sql, QueueFilter filter, Map<String, Object> parameters) {
        if (filter.category() != null) {
            sql.append(" AND c.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.district() != null) {
            sql.append(" AND c.district = :district");
            parameters.put("district", filter.district());
        }
        if (filter.trackingNumber() != null) {
            sql.append(" AND c.tracking_number = :trackingNumber");
            parameters.put("trackingNumber", filter.trackingNumber());
        } else if (filter.text() != null) {
            sql.append(" AND (c.title LIKE :words OR c.description LIKE :words)");
            parameters.put("words", "%" + likeEscaped(filter.text()) + "%");
        }
    }

    private static int cardLevel(QueueFilter.Card card) {
        return switch (card) {
            case RED -> 2;
            case YELLOW -> 1;
            case NONE -> 0;
        };
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
