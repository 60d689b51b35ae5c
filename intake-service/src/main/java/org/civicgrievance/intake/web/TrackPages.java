package org.civicgrievance.intake.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateData;

import org.civicgrievance.intake.catalogue.ServiceCatalogue;
import org.civicgrievance.intake.evaluation.Rating;
import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.civicgrievance.intake.status.ResidentOutcome;
import org.civicgrievance.intake.status.ResidentUpdates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The look-up form and the case page, as data for their templates. */
@ApplicationScoped
public class TrackPages {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ServiceCatalogue catalogue;
    private final WebTexts texts;
    private final ZoneId zone;
    private final ResidentUpdates updates;
    private final GrievanceRepository grievances;

    public TrackPages(ServiceCatalogue catalogue, WebTexts texts, @ConfigProperty(name = "grievance.intake.zone") ZoneId zone,
            ResidentUpdates updates, GrievanceRepository grievances) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.zone = zone;
        this.updates = updates;
        this.grievances = grievances;
    }

    @TemplateData
    public record LookUpPage(Chrome chrome, List<FieldErrors.Entry> errors, String banner, String lang,
            FormField trackingNumber, FormField accessCode) {
    }

    /**
     * @param outcome     how the case ended, in the page's language, else null
     * @param outcomeReason why it could not be resolved (the handler's words), else null
     * @param whereElse   where else the resident may turn (the handler's words), else null
     * @param expectedBy  预计办结时间: when the department is due to resolve the case, in the city's zone; else null
     * @param notes       the department's questions, notes and resolution note, oldest first
     * @param supplement  the "add information" form while the case is open, else null
     * @param rating      the rating form while a resolution awaits the resident's rating, else null
     * @param partOf      for a part of a split case, the tracking number of the case it came from; else null
     * @param parts       the parts a dispatcher split this case into, one per department; else empty
     */
    @TemplateData
    public record CasePage(Chrome chrome, List<FieldErrors.Entry> errors, String banner, String lang,
            String trackingNumber, String accessCode, String kind, String category, String title, String status,
            String submittedAt, String updatedAt, String expectedBy, String outcome, String outcomeReason, String whereElse,
            List<NoteLine> notes, FormField supplement, FormField rating, FormField comment, String partOf,
            List<PartLine> parts) {
    }

    /**
     * One part of a split case on the original's page; the resident opens it (with the same access
     * code) to add information or rate it.
     */
    @TemplateData
    public record PartLine(String trackingNumber, String department, String status, String expectedBy, String outcome,
            String outcomeReason, String whereElse, List<NoteLine> notes, boolean awaitingRating) {
    }

    /** One message from the department on the case page. */
    @TemplateData
    public record NoteLine(String heading, String text, String writtenAt) {
    }

    /** The look-up form; the access code is never shown back, even after a mistake. */
    public LookUpPage lookUp(Lang lang, String trackingNumber, FieldErrors errors, String banner) {
        WebMessages words = texts.of(lang);
        return new LookUpPage(Chrome.linked(lang, "/track", Map.of(), !errors.isEmpty()),
                errors.summary(List.of("trackingNumber", "accessCode")), banner, lang.tag(),
                FormField.input("trackingNumber", "trackingNumber", "text", words.trackingNumberLabel(),
                        words.trackingNumberHint(), trackingNumber, errors.of("trackingNumber"), true, "off"),
                FormField.input("accessCode", "accessCode", "text", words.accessCodeLabel(), words.accessCodeHint(), "",
                        errors.of("accessCode"), true, "off"));
    }

    /**
     * The case as its resident sees it, with the follow-up its status allows.
     *
     * @param typed what the resident typed into the case page's own forms, kept on an error
     */
    public CasePage casePage(Grievance grievance, TrackForm typed, FieldErrors errors, String banner) {
        Lang lang = typed.lang();
        WebMessages words = texts.of(lang);
        String category = catalogue.findByIdOptional(grievance.getCategory())
                .map(each -> lang.isEnglish() ? each.getNameEn() : each.getNameZh()).orElse(grievance.getCategory());
        FormField supplement = !grievance.isOpen() ? null
                : FormField.input("text", "text", "textarea", words.supplementLabel(), words.supplementHint(),
                        typed.text(), errors.of("text"), true, null);
        FormField rating = null;
        FormField comment = null;
        if (grievance.isAwaitingRating()) {
            List<FormField.Option> ratings = Arrays.stream(Rating.values())
                    .map(each -> new FormField.Option(each.name(), WebTexts.rating(words, each))).toList();
            rating = FormField.choices("rating", "rating", "radios", words.ratingLegend(), null, ratings,
                    List.of(typed.rating()), errors.of("rating"), true);
            comment = FormField.input("comment", "comment", "textarea", words.commentLabel(), words.commentHint(),
                    typed.comment(), errors.of("comment"), false, null);
        }
        ResidentUpdates.Told told = updates.of(grievance);
        ResidentOutcome outcome = told.outcome();
        String partOf = grievance.getSplitFrom() == null ? null
                : grievances.trackingNumbersOf(List.of(grievance.getSplitFrom())).get(grievance.getSplitFrom());
        List<PartLine> parts = grievances.partsOf(grievance).stream().map(part -> partLine(part, lang)).toList();
        return new CasePage(
                Chrome.posted(lang, "/track", Map.of("trackingNumber", grievance.getTrackingNumber(),
                        "accessCode", typed.accessCode()), !errors.isEmpty()),
                errors.summary(List.of("text", "rating", "comment")), banner, lang.tag(), grievance.getTrackingNumber(),
                typed.accessCode(), WebTexts.kind(words, grievance.getKind()), category, grievance.getTitle(),
                lang.isEnglish() ? grievance.getStatusText().en() : grievance.getStatusText().zh(),
                format(grievance.getSubmittedAt()), format(grievance.getUpdatedAt()),
                expectedBy(grievance, words),
                outcome == null ? null : lang.isEnglish() ? outcome.text().en() : outcome.text().zh(),
                outcome == null ? null : outcome.reason(), outcome == null ? null : outcome.whereElse(),
                notes(told, words), supplement, rating, comment, partOf, parts);
    }

    private PartLine partLine(Grievance part, Lang lang) {
        ResidentUpdates.Told told = updates.of(part);
        ResidentOutcome outcome = told.outcome();
        return new PartLine(part.getTrackingNumber(), part.getDepartment(),
                lang.isEnglish() ? part.getStatusText().en() : part.getStatusText().zh(),
                expectedBy(part, texts.of(lang)),
                outcome == null ? null : lang.isEnglish() ? outcome.text().en() : outcome.text().zh(),
                outcome == null ? null : outcome.reason(), outcome == null ? null : outcome.whereElse(),
                notes(told, texts.of(lang)), part.isAwaitingRating());
    }

    /** e.g. "2027年1月12日 17:30（暂定，待节假日安排公布）"; null when no time limit runs. */
    private String expectedBy(Grievance grievance, WebMessages words) {
        if (grievance.getResolutionDueAt() == null) {
            return null;
        }
        String due = format(grievance.getResolutionDueAt());
        return grievance.isResolutionDueProvisional() ? words.provisionalExpectedBy(due) : due;
    }

    private List<NoteLine> notes(ResidentUpdates.Told told, WebMessages words) {
        return told.notes().stream()
                .map(note -> new NoteLine(WebTexts.noteKind(words, note.kind()), note.text(), format(note.writtenAt())))
                .toList();
    }

    private String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }
}
