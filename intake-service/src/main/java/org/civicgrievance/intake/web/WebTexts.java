package org.civicgrievance.intake.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;

import org.civicgrievance.intake.evaluation.Rating;
import org.civicgrievance.intake.grievance.GreenChannelReason;
import org.civicgrievance.intake.grievance.GrievanceKind;
import org.civicgrievance.intake.opinion.Audience;

/** The words of a page's language, and the names of the domain's fixed lists in it. */
@ApplicationScoped
public class WebTexts {

    private final WebMessages chinese;
    private final WebMessages english;

    public WebTexts(WebMessages chinese, @Localized("en") WebMessages english) {
        this.chinese = chinese;
        this.english = english;
    }

    public WebMessages of(Lang lang) {
        return lang.isEnglish() ? english : chinese;
    }

    static String kind(WebMessages words, GrievanceKind kind) {
        return switch (kind) {
            case COMPLAINT -> words.kindComplaint();
            case SUGGESTION -> words.kindSuggestion();
            case HELP_REQUEST -> words.kindHelpRequest();
            case INQUIRY -> words.kindInquiry();
            case PRAISE -> words.kindPraise();
        };
    }

    static String greenChannel(WebMessages words, GreenChannelReason reason) {
        return switch (reason) {
            case ELDERLY -> words.greenElderly();
            case SICK -> words.greenSick();
            case DISABLED -> words.greenDisabled();
            case OUT_OF_TOWN -> words.greenOutOfTown();
        };
    }

    /** The heading of a note the department wrote: QUESTION, RESOLUTION, or any other kind as a progress note. */
    static String noteKind(WebMessages words, String kind) {
        return switch (kind == null ? "" : kind) {
            case "QUESTION" -> words.noteQuestion();
            case "RESOLUTION" -> words.noteResolution();
            default -> words.noteProgress();
        };
    }

    static String rating(WebMessages words, Rating rating) {
        return switch (rating) {
            case SATISFIED -> words.ratingSatisfied();
            case BASICALLY_SATISFIED -> words.ratingBasicallySatisfied();
            case DISSATISFIED -> words.ratingDissatisfied();
        };
    }

    static String audience(WebMessages words, Audience audience) {
        return switch (audience) {
            case RESIDENTS -> words.audienceResidents();
            case SHOPS -> words.audienceShops();
            case UNITS -> words.audienceUnits();
        };
    }
}
