package org.civicgrievance.intake.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrievance.intake.catalogue.CategoryQuestion;
import org.civicgrievance.intake.catalogue.QuestionType;
import org.civicgrievance.intake.catalogue.ServiceCategory;
import org.civicgrievance.intake.grievance.GreenChannelReason;
import org.civicgrievance.intake.grievance.GrievanceKind;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest.ContactInput;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest.LocationInput;
import org.civicgrievance.platform.problem.Problem.FieldViolation;

/**
 * Turns the posted form into the API's request, so the form is checked by exactly the rules the
 * API applies. Prose is passed on exactly as typed; an empty optional field means "not given";
 * phone and e-mail lose surrounding spaces (people paste them with some).
 */
final class ReportRequests {

    private ReportRequests() {
    }

    /** @param violations what could not even be turned into the request (a kind that does not exist) */
    record Conversion(SubmitGrievanceRequest request, List<FieldViolation> violations) {
    }

    /** @param zone where a date and time typed without an offset was meant (the city's) */
    static Conversion of(ReportForm form, ServiceCategory category, ZoneId zone) {
        List<FieldViolation> violations = new ArrayList<>();
        GrievanceKind kind = kind(form.kind(), violations);
        Set<GreenChannelReason> greenChannel = EnumSet.noneOf(GreenChannelReason.class);
        for (String reason : form.greenChannel()) {
            try {
                greenChannel.add(GreenChannelReason.valueOf(reason));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("greenChannel", "must be one of " + List.of(GreenChannelReason.values())));
            }
        }
        ContactInput contact = form.contactName().isBlank() && form.phone().isBlank() && form.email().isBlank()
                ? null
                : new ContactInput(given(form.contactName()), given(form.phone().strip()), given(form.email().strip()));
        SubmitGrievanceRequest request = new SubmitGrievanceRequest(kind, category.getCode(), given(form.title()),
                form.description(), new LocationInput(form.address(), given(form.district()), null, null),
                answers(form, category, zone), contact, form.anonymous(), greenChannel, form.lang().tag());
        return new Conversion(request, violations);
    }

    static GrievanceKind kind(String kind, List<FieldViolation> violations) {
        try {
            return GrievanceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("kind", "must be one of " + List.of(GrievanceKind.values())));
            return null;
        }
    }

    /** Unanswered questions are left out; answers to questions the category does not ask go on, to be refused. */
    private static Map<String, Object> answers(ReportForm form, ServiceCategory category, ZoneId zone) {
        Map<String, Object> answers = new LinkedHashMap<>();
        form.answers().forEach((code, values) -> {
            List<String> given = values.stream().filter(value -> !value.isBlank()).toList();
            if (given.isEmpty()) {
                return;
            }
            QuestionType type = category.question(code).map(CategoryQuestion::getType).orElse(QuestionType.STRING);
            answers.put(code, switch (type) {
                case MULTIPLE_CHOICE -> given;
                case DATETIME -> withOffset(given.get(0), zone);
                default -> given.get(0);
            });
        });
        return answers;
    }

    /**
     * A browser's date-time field sends local time ({@code 2026-11-27T08:30}); the catalogue wants an
     * offset. Anything unreadable goes on unchanged for the catalogue to refuse.
     */
    static String withOffset(String typed, ZoneId zone) {
        String value = typed.strip();
        try {
            return OffsetDateTime.parse(value).toString();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toOffsetDateTime().toString();
            } catch (DateTimeParseException notLocal) {
                return typed;
            }
        }
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
