package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Answers, and the counts results are made of (aggregated by the database, not in memory). */
@ApplicationScoped
public class AnswerRepository implements PanacheRepositoryBase<Answer, String> {

    public Optional<Answer> findInForm(String formId, String answerId) {
        return findByIdOptional(answerId).filter(answer -> answer.getFormId().equals(formId));
    }

    /**
     * Locks the answer row until commit, so two requests cannot both turn it into a case. Native SQL
     * because Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public Optional<Answer> findInFormForUpdate(String formId, String answerId) {
        return lockedRows(answerId).stream().findFirst().filter(answer -> answer.getFormId().equals(formId));
    }

    @SuppressWarnings("unchecked")
    private List<Answer> lockedRows(String answerId) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM opinion_answer WHERE id = :id FOR UPDATE", Answer.class)
                .setParameter("id", answerId)
                .getResultList();
    }

    public FormResults.Counts countsOf(String formId) {
        long answers = count("formId", formId);

        Map<String, Long> answered = new HashMap<>();
        rows("""
                select i.questionKey, count(distinct a.id) from Answer a join a.items i
                where a.formId = ?1 group by i.questionKey""", formId)
                .forEach(row -> answered.put((String) row[0], (Long) row[1]));

        Map<String, Long> perOption = new HashMap<>();
        rows("""
                select i.optionKey, count(*) from Answer a join a.items i
                where a.formId = ?1 and i.optionKey is not null group by i.optionKey""", formId)
                .forEach(row -> perOption.put((String) row[0], (Long) row[1]));

        Map<String, Map<Integer, Long>> perRating = new HashMap<>();
        rows("""
                select i.questionKey, i.rating, count(*) from Answer a join a.items i
                where a.formId = ?1 and i.rating is not null group by i.questionKey, i.rating""", formId)
                .forEach(row -> perRating.computeIfAbsent((String) row[0], key -> new HashMap<>())
                        .put((Integer) row[1], (Long) row[2]));

        Map<String, List<FormResults.TextAnswer>> texts = new HashMap<>();
        rows("""
                select i.questionKey, a.id, a.submittedAt, i.text from Answer a join a.items i
                where a.formId = ?1 and i.text is not null order by a.submittedAt, a.id""", formId)
                .forEach(row -> texts.computeIfAbsent((String) row[0], key -> new ArrayList<>())
                        .add(new FormResults.TextAnswer((String) row[1], (Instant) row[2], (String) row[3])));

        return new FormResults.Counts(answers, answered, perOption, perRating, texts);
    }

    // count(*), not count(i): counting an embeddable counts rows whose columns are all non-null
    private List<Object[]> rows(String query, String formId) {
        return getEntityManager().createQuery(query, Object[].class).setParameter(1, formId).getResultList();
    }
}
