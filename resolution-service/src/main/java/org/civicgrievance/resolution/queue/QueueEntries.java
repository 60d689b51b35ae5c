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
 * Keeps {@code queue_entry}, the departments' queues in urgency order, in step with the cases and
 * their clocks, in the transaction of each change: a case enters when it is queued, leaves when it
 * is claimed, returned or merged, and its card and nearest due time follow every change of its
 * clocks. Each is one statement computed from the case's live clocks, so the entry always says what
 * the clocks say (the order on the page and the cards in its rows agree).
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
        if (change.to() == CaseStatus.QUEUED) {
            enter(change.caseId());
        } else if (change.from() == CaseStatus.QUEUED) {
            em.createNativeQuery("DELETE FROM queue_entry WHERE case_id = :caseId")
                    .setParameter("caseId", change.caseId()).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onClocksChanged(@Observes ClocksChanged change) {
        refresh(change.caseIds());
    }

    /** The case as it is queued now, with its live clocks: a new entry, or the one a re-queueing replaces. */
    private void enter(String caseId) {
        em.flush(); // the case's state and the clocks the transition started
        em.createNativeQuery("""
                INSERT INTO queue_entry (case_id, department, card_rank, priority_rank, next_due_at, queued_at)
                SELECT c.id, c.department, 2 - COALESCE(%s, 0),
                       CASE c.priority WHEN 'SPECIAL_HANDLING' THEN 0 WHEN 'GREEN_CHANNEL' THEN 1 ELSE 2 END,
                       MIN(k.due_at), c.queued_at
                FROM grievance_case c LEFT JOIN case_clock k ON k.case_id = c.id AND k.ended_at IS NULL
                WHERE c.id = :caseId
                GROUP BY c.id, c.department, c.priority, c.queued_at
                ON DUPLICATE KEY UPDATE department = VALUES(department), card_rank = VALUES(card_rank),
                    priority_rank = VALUES(priority_rank), next_due_at = VALUES(next_due_at),
                    queued_at = VALUES(queued_at)""".formatted(CARD))
                .setParameter("caseId", caseId).executeUpdate();
    }

    /** The card and nearest due time of those of these cases that are queued, from their live clocks now. */
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
