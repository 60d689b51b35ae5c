package org.civicgrievance.intake.grievance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class GrievanceRepository implements PanacheRepositoryBase<Grievance, String> {

    /**
     * Holds the case's row until the transaction ends, so changes that count what a case already
     * has (photos) run one at a time. Native SQL: Hibernate's MySQL dialect writes
     * {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public void lockForUpdate(String id) {
        getEntityManager().createNativeQuery("SELECT id FROM grievance WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
    }

    /**
     * The cases submitted since {@code since} a new submission may repeat: the same person's (phone,
     * e-mail), whether first of their chain or linked to one, and the first cases of chains at the same
     * address or in these grid cells; the latest {@code limit} of each key, oldest first. Four index
     * ranges, each cut at {@code limit}, so the search reads what matches, never the whole window: an
     * {@code OR} of the four would range-scan every case since {@code since}. The latest, because a
     * busy street holds more than {@code limit} cases in two days and the one a resident repeats is
     * most likely recent; the person's linked cases too, because the first case of their chain may be
     * older than the latest at a busy spot. Places index only first cases (a storm of reports of one
     * broken lamp adds nothing to them). Only what the comparison needs is read, and no case is
     * loaded into the session. Null keys match nothing; parts of split cases are never candidates.
     */
    public List<DuplicateCandidate> candidatesLike(String phone, String email, String addressKey, List<Long> cells,
            Instant since, int limit) {
        String recent = " AND submitted_at >= :since AND split_from IS NULL ORDER BY submitted_at DESC LIMIT :limit)";
        String heads = " AND likely_duplicate_of IS NULL" + recent;
        List<?> rows = getEntityManager().createNativeQuery("SELECT COALESCE(g.likely_duplicate_of, g.id),"
                + " g.contact_phone, g.contact_email, g.address_key, g.latitude, g.longitude, g.title, g.description"
                + " FROM grievance g JOIN ("
                + "(SELECT id FROM grievance WHERE contact_phone = :phone" + recent
                + " UNION (SELECT id FROM grievance WHERE contact_email = :email" + recent
                + " UNION (SELECT id FROM grievance WHERE address_key = :addressKey" + heads
                + " UNION (SELECT id FROM grievance WHERE geo_cell IN (:cells)" + heads
                + ") matched ON matched.id = g.id ORDER BY g.submitted_at, g.id")
                .unwrap(NativeQuery.class)
                .setParameter("phone", phone, StandardBasicTypes.STRING)
                .setParameter("email", email, StandardBasicTypes.STRING)
                .setParameter("addressKey", addressKey, StandardBasicTypes.STRING)
                .setParameterList("cells", cells.isEmpty() ? List.of(NO_CELL) : cells, StandardBasicTypes.LONG)
                .setParameter("since", since)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new DuplicateCandidate((String) row[0],
                (String) row[1], (String) row[2], (String) row[3], (BigDecimal) row[4], (BigDecimal) row[5],
                (String) row[6], (String) row[7])).toList();
    }

    /**
     * What the duplicate search compares of an earlier case, and the first case of its chain (the
     * case itself when it is the first), to which a repeat of it is linked.
     */
    public record DuplicateCandidate(String chainHead, String phone, String email, String addressKey, BigDecimal latitude,
            BigDecimal longitude, String title, String description) {
    }

    /** Stands for "no point given": no grid cell has a negative number. */
    private static final long NO_CELL = -1;

    /**
     * Brings these cases into the current persistence context in one query, so that finding each of
     * them afterwards costs none; unknown ids are skipped.
     */
    public void load(List<String> ids) {
        if (!ids.isEmpty()) {
            getSession().findMultiple(Grievance.class, ids);
        }
    }

    public Optional<Grievance> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }

    /** The parts a case was split into, in the order of their numbers (-1, -2, …, -10). */
    public List<Grievance> partsOf(String originalId) {
        return list("splitFrom = ?1 order by length(trackingNumber), trackingNumber", originalId);
    }

    /** The parts of a case, in order; no query for a case that was never split (nearly all of them). */
    public List<Grievance> partsOf(Grievance original) {
        return original.isSplit() ? partsOf(original.getId()) : List.of();
    }

    /** The cases with these tracking numbers, newest first; unknown numbers are skipped. */
    public List<Grievance> findByTrackingNumbers(Collection<String> trackingNumbers) {
        if (trackingNumbers.isEmpty()) {
            return List.of();
        }
        return list("trackingNumber in :numbers order by submittedAt desc, id",
                Parameters.with("numbers", trackingNumbers));
    }

    /** The tracking number of each of these cases, by case id, without loading the cases. */
    public Map<String, String> trackingNumbersOf(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select g.id, g.trackingNumber from Grievance g where g.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
