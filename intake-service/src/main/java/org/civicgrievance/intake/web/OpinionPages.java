package org.civicgrievance.intake.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateData;

import org.civicgrievance.intake.opinion.Audience;
import org.civicgrievance.intake.opinion.FormQuestionType;
import org.civicgrievance.intake.opinion.FormQuestionView;
import org.civicgrievance.intake.opinion.FormState;
import org.civicgrievance.intake.opinion.FormSummary;
import org.civicgrievance.intake.opinion.PublicFormView;
import org.civicgrievance.intake.web.FormField.Option;
import org.civicgrievance.platform.problem.Problem.FieldViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pages of answering an opinion form, as data for their templates: the open forms, one form,
 * the thanks with the answer code, and why a form cannot be answered. A form's own words (title,
 * questions, options) are shown as written, in the form's language; everything around them is in
 * the page's.
 */
@ApplicationScoped
public class OpinionPages {

    /** Times as the city reads them: the closing time is the city's, whatever the server's zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WebTexts texts;
    private final ZoneId zone;

    public OpinionPages(WebTexts texts, @ConfigProperty(name = "grievance.intake.zone") ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    @TemplateData
    public record ListPage(Chrome chrome, List<ListedForm> forms) {
    }

    @TemplateData
    public record ListedForm(String title, String formLang, String audience, String closesAt, String href) {
    }

    @TemplateData
    public record FormPage(Chrome chrome, List<FieldErrors.Entry> errors, String banner, String formLang, String title,
            String description, String audience, String closesAt, String action, List<FormField> questions) {
    }

    @TemplateData
    public record ThanksPage(Chrome chrome, String title, String formLang, String answerId, String answerCode,
            String caseApi, String listHref) {
    }

    /** @param formTitle null when there is no such form to name */
    @TemplateData
    public record UnavailablePage(Chrome chrome, String formTitle, String formLang, String explanation, String listHref) {
    }

    public ListPage list(Lang lang, List<FormSummary> open) {
        WebMessages words = texts.of(lang);
        List<ListedForm> forms = open.stream()
                .map(form -> new ListedForm(form.title(), form.language(), audience(form.audience(), lang, words),
                        time(form.closesAt()), Links.to(formPath(form.id()), lang)))
                .toList();
        return new ListPage(Chrome.linked(lang, "/opinion"), forms);
    }

    /** The form, empty or as the respondent answered it, with what is wrong beside each question. */
    public FormPage form(PublicFormView form, OpinionAnswerForm answered, FieldErrors errors, String banner) {
        Lang lang = answered.lang();
        WebMessages words = texts.of(lang);
        List<FormField> questions = form.questions().stream()
                .map(question -> question(question, answered, errors, words)).toList();
        return new FormPage(Chrome.linked(lang, formPath(form.id()), Map.of(), !errors.isEmpty()),
                errors.summary(questions.stream().map(FormField::id).toList()), banner, form.language(), form.title(),
                form.description(), audience(form.audience(), lang, words), time(form.closesAt()), formPath(form.id()),
                questions);
    }

    public ThanksPage thanks(Lang lang, PublicFormView form, String answerId, String answerCode) {
        return new ThanksPage(
                // the switch posts id and code again: the code never goes into an address
                Chrome.posted(lang, formPath(form.id()) + "/receipt", Map.of("answerId", answerId, "answerCode", answerCode),
                        false),
                form.title(), form.language(), answerId, answerCode,
                "POST /api/opinion-forms/" + form.id() + "/answers/" + answerId + "/case", Links.to("/opinion", lang));
    }

    /** No such form (or a draft): {@code form} is null. Otherwise it is upcoming or closed. */
    public UnavailablePage unavailable(Lang lang, PublicFormView form) {
        WebMessages words = texts.of(lang);
        Chrome chrome = form == null ? Chrome.linked(lang, "/opinion")
                : Chrome.linked(lang, formPath(form.id()), Map.of(), false);
        String explanation = form == null ? words.opinionNotFound()
                : form.state() == FormState.UPCOMING ? words.opinionUpcoming(time(form.opensAt()))
                : words.opinionClosed();
        return new UnavailablePage(chrome, form == null ? null : form.title(), form == null ? null : form.language(),
                explanation, Links.to("/opinion", lang));
    }

    /** Puts each of the service's refusals ({@code answers[q3]}) beside its question, in the page's language. */
    public FieldErrors errors(List<FieldViolation> violations, PublicFormView form, Lang lang) {
        WebMessages words = texts.of(lang);
        FieldErrors errors = new FieldErrors();
        for (FieldViolation violation : violations) {
            String key = OpinionAnswerForm.questionKey(violation.field());
            Optional<FormQuestionView> question = key == null ? Optional.empty()
                    : form.questions().stream().filter(each -> each.id().equals(key)).findFirst();
            errors.add(key == null ? violation.field() : questionId(key), question.map(FormQuestionView::text).orElse(key),
                    words(violation.message(), question.map(FormQuestionView::type).orElse(null), words), words);
        }
        return errors;
    }

    /** The input's id of question {@code q3}: the error summary links to it. */
    static String questionId(String questionKey) {
        return "answer-" + questionKey;
    }

    static String formPath(String formId) {
        return "/opinion/" + formId;
    }

    /** What the service says in English, in words a respondent understands; anything else is "check this answer". */
    static String words(String message, FormQuestionType type, WebMessages words) {
        if (type == FormQuestionType.RATING && message.startsWith("must be a whole number")) {
            return words.errRating();
        }
        if (message.endsWith("is not an option of this question") || message.startsWith("must be exactly one option")
                || message.startsWith("must be a list of option ids") || message.startsWith("names ")) {
            return words.errNotAnOption();
        }
        boolean choice = type != null && !type.isText();
        return ViolationWords.of(message, choice, words);
    }

    private FormField question(FormQuestionView question, OpinionAnswerForm answered, FieldErrors errors,
            WebMessages words) {
        String id = questionId(question.id());
        String name = OpinionAnswerForm.answerName(question.id());
        String error = errors.of(id);
        return switch (question.type()) {
            case SHORT_TEXT -> FormField.input(id, name, "text", question.text(),
                    words.answerMaxHint(question.type().maxCharacters()), answered.firstAnswer(question.id()), error,
                    question.required(), null);
            case LONG_TEXT -> FormField.input(id, name, "textarea", question.text(),
                    words.answerMaxHint(question.type().maxCharacters()), answered.firstAnswer(question.id()), error,
                    question.required(), null);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> FormField.choices(id, name,
                    question.type() == FormQuestionType.SINGLE_CHOICE ? "radios" : "checkboxes", question.text(), null,
                    question.options().stream().map(option -> new Option(option.id(), option.label())).toList(),
                    answered.answer(question.id()), error, question.required());
            case RATING -> FormField.choices(id, name, "radios", question.text(), words.ratingHint(),
                    IntStream.rangeClosed(FormQuestionType.LOWEST_RATING, FormQuestionType.HIGHEST_RATING)
                            .mapToObj(String::valueOf).map(value -> new Option(value, value)).toList(),
                    answered.answer(question.id()).stream().map(String::strip).toList(), error, question.required());
        };
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    private static String audience(Set<Audience> audience, Lang lang, WebMessages words) {
        return audience.stream().sorted().map(each -> WebTexts.audience(words, each))
                .collect(Collectors.joining(lang.isEnglish() ? ", " : "、"));
    }
}
