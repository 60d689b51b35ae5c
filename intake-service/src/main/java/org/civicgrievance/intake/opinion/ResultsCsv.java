package org.civicgrievance.intake.opinion;

import static org.civicgrievance.platform.export.SpreadsheetCsv.row;

import org.civicgrievance.platform.export.SpreadsheetCsv;

/**
 * A form's results as one CSV table, row by row what the JSON holds: a row per option with its
 * count; per rating question a row per rating value and one with the average; a row per free-text
 * answer. Respondents' text and administrators' labels pass through {@link SpreadsheetCsv}, so no
 * cell runs as a formula.
 */
final class ResultsCsv {

    static final String HEADER = "question_id,question,type,option_id,option,count,average_rating,answer_id,submitted_at,text";

    private ResultsCsv() {
    }

    /** Starts with a byte order mark: the offices open it in Excel or WPS, which need it to read Chinese. */
    static String write(FormResults results) {
        StringBuilder csv = new StringBuilder(SpreadsheetCsv.BYTE_ORDER_MARK).append(HEADER).append(SpreadsheetCsv.LINE_END);
        for (FormResults.QuestionResult question : results.questions()) {
            String id = question.id();
            String text = question.text();
            String type = question.type().name();
            if (question.options() != null) {
                question.options().forEach(option -> csv.append(row(id, text, type, option.id(), option.label(),
                        String.valueOf(option.count()), null, null, null, null)));
            } else if (question.ratings() != null) {
                question.ratings().forEach(rating -> csv.append(row(id, text, type, null, String.valueOf(rating.rating()),
                        String.valueOf(rating.count()), null, null, null, null)));
                csv.append(row(id, text, type, null, null, String.valueOf(question.answered()),
                        question.averageRating() == null ? null : question.averageRating().toPlainString(), null, null, null));
            } else {
                question.texts().forEach(answer -> csv.append(row(id, text, type, null, null, null, null,
                        answer.answerId(), answer.submittedAt().toString(), answer.text())));
            }
        }
        return csv.toString();
    }
}
