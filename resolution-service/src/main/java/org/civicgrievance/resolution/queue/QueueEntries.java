package org.civicgrievance.resolution.queue;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.CaseTransition;
import org.civicgrievance.resolution.deadline.ClocksChanged;

/**
 * Keeps {@code queue_entry}, the work lists in urgency order (a department's queue; the cases each
 * holder holds), in step with the cases and their clocks, in the transaction of each change: a case
 * is written as it is now whenever it enters or changes state within the lists (queued, claimed,
 * started, waiting, reopened), leaves them when it is resolved, returned, merged or closed, and its
 * card and nearest due time follow every change of its clocks. Each is one statement computed from
 * the case and its live clocks, so the entry always says what the clocks say (the order on the page
 * and the cards in its rows agree).
 *
 * <p>The entry is written last in every change (after the case and its clocks), so no two changes
 * lock in opposite orders: a transition locks the case, its clocks, then the entry; a scan locks
 * clocks, then the entry.
 */
@ApplicationScoped
public class QueueEntries {

    /** After {@code ClockKeeper}'s observer (the default priority): the clocks of the change exist by then. */
    static final int AFTER_THE_CLOCKS = jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000;

    private static final String CARD = "MAX(CASE WHEN k.red_raised THEN 2 WHEN k.yellow_raised THEN 1 ELSE 0 END)";

    private final EntityManager em;

    public QueueEntries(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onTransition(@Observes @Priority(AFTER_THE_CLOCKS) CaseTransition change) {
        if (listed(change.to())) {
            write(change.caseId());
        } else if (change.from() != null && listed(change.from())) {
            em.createNativeQuery("DELETE FROM queue_entry WHERE case_id = :caseId")
                    .setParameter("caseId", change.caseId()).executeUpdate();
        }
    }

    /** Waiting in a department's queue, or held by someone. */
    static boolean listed(CaseStatus status) {
        return status == CaseStatus.QUEUED || Queues.HELD.contains(status);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onClocksChanged(@Observes ClocksChanged change) {
        refresh(change.caseIds());
    }

    /** The case as it is now, with its live clocks: a new entry, or the one it replaces. */
    private void write(String caseId) {
        em.flush(); // the case's state and the clocks the transition started
        em.createNativeQuery("""
                INSERT INTO queue_entry (case_id, department, handler, card_rank, priority_rank, next_due_at, queued_at)
                SELECT c.id, c.department, IF(c.status = 'QUEUED', NULL, c.handler), 2 - COALESCE(%s, 0),
                       CASE c.priority WHEN 'SPECIAL_HANDLING' THEN 0 WHEN 'GREEN_CHANNEL' THEN 1 ELSE 2 END,
                       MIN(k.due_at), c.queued_at
                FROM grievance_case c LEFT JOIN case_clock k ON k.case_id = c.id AND k.ended_at IS NULL
                WHERE c.id = :caseId
                GROUP BY c.id, c.department, c.status, c.handler, c.priority, c.queued_at
                ON DUPLICATE KEY UPDATE department = VALUES(department), handler = VALUES(handler),
                    card_rank = VALUES(card_rank),
                    priority_rank = VALUES(priority_rank), next_due_at = VALUES(next_due_at),
                    queued_at = VALUES(queued_at)""".formatted(CARD))
                .setParameter("caseId", caseId).executeUpdate();
    }

    /** The card and nearest due time of those of these cases that are listed, from their live clocks now. */
    private void refresh(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        em.flush(); // the clocks' changes
        em.createNativeQuery("""
                UPDATE queue_entry q JOIN (
                    SELECT k.case_id, %s AS card, MIN(k.due_at) AS due FROM case_clock k
                    WHERE k.case_id IN (:caseIds) AND k.ended_at IS NULL GROUP BY k.case_id) live
                  ON live.case_id = q.case_id
                SET q.card_rank = 2 - live.card, q.next_due_at = live.due""".formatted(CARD))
                .setParameter("caseIds", caseIds).executeUpdate();
    }
}
