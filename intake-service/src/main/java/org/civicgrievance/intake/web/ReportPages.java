package org.civicgrievance.intake.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import io.quarkus.qute.TemplateData;

import org.civicgrievance.intake.catalogue.CategoryQuestion;
import org.civicgrievance.intake.catalogue.QuestionOption;
import org.civicgrievance.intake.catalogue.QuestionType;
import org.civicgrievance.intake.catalogue.ServiceCatalogue;
import org.civicgrievance.intake.catalogue.ServiceCategory;
import org.civicgrievance.intake.grievance.GreenChannelReason;
import org.civicgrievance.intake.grievance.GrievanceKind;
import org.civicgrievance.intake.web.FormField.Option;
import org.civicgrievance.platform.problem.Problem.FieldViolation;

/**
 * The pages of submitting a case, as data for their templates: step 1 (kind and category), step 2
 * (the details and the category's own questions) and the receipt. Also says which field of the
 * page each of the API's field names is, so every refusal lands beside the right field.
 */
@ApplicationScoped
public class ReportPages {

    static final String CHANGE_CHOICE_ID = "change-choice";

    private final ServiceCatalogue catalogue;
    private final WebTexts texts;

    public ReportPages(ServiceCatalogue catalogue, WebTexts texts) {
        this.catalogue = catalogue;
        this.texts = texts;
    }

    @TemplateData
    public record ChoosePage(Chrome chrome, List<FieldErrors.Entry> errors, FormField kind, FormField category) {
    }

    @TemplateData
    public record DetailsPage(Chrome chrome, List<FieldErrors.Entry> errors, String banner, String lang, String kind,
            String kindLabel, String category, String categoryName, String changeHref, FormField title,
            FormField description, FormField address, FormField district, List<FormField> questions,
            FormField contactName, FormField phone, FormField email, Choice anonymous, FormField greenChannel,
            String submissionKey) {
    }

    @TemplateData
    public record ReceiptPage(Chrome chrome, String trackingNumber, String accessCode, List<String> notices,
            String trackHref, String reportHref) {
    }

    /** Step 1; {@code kind} and {@code category} are preselected when given (coming back to change them). */
    public ChoosePage choose(Lang lang, String kind, String category, FieldErrors errors) {
        WebMessages words = texts.of(lang);
        List<Option> kinds = Arrays.stream(GrievanceKind.values())
                .map(each -> new Option(each.name(), WebTexts.kind(words, each))).toList();
        List<Option> categories = catalogue.published().stream()
                .map(each -> new Option(each.getCode(), lang.isEnglish() ? each.getNameEn() : each.getNameZh(),
                        lang.isEnglish() ? each.getDescriptionEn() : each.getDescriptionZh()))
                .toList();
        FormField kindField = FormField.choices("kind", "kind", "radios", words.kindLegend(), null, kinds,
                kind == null ? List.of() : List.of(kind), errors.of("kind"), true);
        FormField categoryField = FormField.choices("category", "category", "radios", words.categoryLegend(), null,
                categories, category == null ? List.of() : List.of(category), errors.of("category"), true);
        return new ChoosePage(Chrome.linked(lang, "/report", query(kind, category), !errors.isEmpty()),
                errors.summary(List.of("kind", "category")), kindField, categoryField);
    }

    /**
     * Step 2, empty or as the resident typed it, with what is wrong beside each field.
     *
     * @param submissionKey the form's one-time key: fresh for a new form, the posted one when it comes back
     */
    public DetailsPage details(ReportForm form, ServiceCategory category, FieldErrors errors, String banner,
            String submissionKey) {
        Lang lang = form.lang();
        WebMessages words = texts.of(lang);
        GrievanceKind kind = GrievanceKind.valueOf(form.kind());
        List<FormField> questions = category.getQuestions().stream()
                .map(question -> question(question, form, errors, lang, words)).toList();
        List<Option> reasons = Arrays.stream(GreenChannelReason.values())
                .map(reason -> new Option(reason.name(), WebTexts.greenChannel(words, reason))).toList();

        List<String> order = new ArrayList<>(List.of(CHANGE_CHOICE_ID, "title", "description", "address", "district"));
        questions.forEach(question -> order.add(question.id()));
        order.addAll(List.of("contactName", "phone", "email", "greenChannel"));

        return new DetailsPage(
                Chrome.linked(lang, "/report/details", query(form.kind(), form.category()), !errors.isEmpty()),
                errors.summary(order), banner, lang.tag(), kind.name(), WebTexts.kind(words, kind), category.getCode(),
                lang.isEnglish() ? category.getNameEn() : category.getNameZh(),
                Links.to("/report", lang, query(form.kind(), form.category())),
                FormField.input("title", "title", "text", words.titleLabel(), words.titleHint(), form.title(),
                        errors.of("title"), false, null),
                FormField.input("description", "description", "textarea", words.descriptionLabel(),
                        words.descriptionHint(), form.description(), errors.of("description"), true, null),
                FormField.input("address", "address", "text", words.addressLabel(), words.addressHint(), form.address(),
                        errors.of("address"), true, "street-address"),
                FormField.input("district", "district", "text", words.districtLabel(), null, form.district(),
                        errors.of("district"), false, null),
                questions,
                FormField.input("contactName", "contactName", "text", words.contactNameLabel(), null, form.contactName(),
                        errors.of("contactName"), false, "name"),
                FormField.input("phone", "phone", "tel", words.phoneLabel(), words.phoneHint(), form.phone(),
                        errors.of("phone"), false, "tel"),
                FormField.input("email", "email", "email", words.emailLabel(), null, form.email(), errors.of("email"),
                        false, "email"),
                new Choice("anonymous", "true", words.anonymousLabel(), null, form.anonymous()),
                FormField.choices("greenChannel", "greenChannel", "checkboxes", words.greenChannelLegend(),
                        words.greenChannelHint(), reasons, form.greenChannel(), errors.of("greenChannel"), false),
                submissionKey);
    }

    public ReceiptPage receipt(Lang lang, String trackingNumber, String accessCode, List<String> notices) {
        return new ReceiptPage(
                Chrome.posted(lang, "/report/receipt", Map.of("trackingNumber", trackingNumber, "accessCode", accessCode),
                        false),
                trackingNumber, accessCode, notices,
                Links.to("/track", lang, Map.of("trackingNumber", trackingNumber)), Links.to("/report", lang));
    }

    /**
     * Puts each refusal beside its field, in the page's language.
     *
     * @param violations  as the service or the catalogue name them ({@code attributes.hazard})
     * @param constraints Bean Validation's findings on the request
     */
    public FieldErrors errors(List<FieldViolation> violations, Set<? extends ConstraintViolation<?>> constraints,
            ServiceCategory category, Lang lang) {
        WebMessages words = texts.of(lang);
        FieldErrors errors = new FieldErrors();
        for (ConstraintViolation<?> constraint : constraints) {
            String field = path(constraint.getPropertyPath());
            errors.add(fieldId(field), label(field, category, lang, words),
                    ViolationWords.of(constraint, field, isChoice(field, category), words), words);
        }
        for (FieldViolation violation : violations) {
            errors.add(fieldId(violation.field()), label(violation.field(), category, lang, words),
                    ViolationWords.of(violation.message(), isChoice(violation.field(), category), words), words);
        }
        return errors;
    }

    private FormField question(CategoryQuestion question, ReportForm form, FieldErrors errors, Lang lang,
            WebMessages words) {
        String id = questionId(question.getCode());
        String name = ReportForm.answerName(question.getCode());
        String label = lang.isEnglish() ? question.getLabelEn() : question.getLabelZh();
        String error = errors.of(id);
        return switch (question.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> FormField.choices(id, name,
                    question.getType() == QuestionType.SINGLE_CHOICE ? "radios" : "checkboxes", label, null,
                    question.getOptions().stream().map(option -> new Option(option.code(), optionLabel(option, lang)))
                            .toList(),
                    form.answer(question.getCode()), error, question.isRequired());
            case TEXT -> FormField.input(id, name, "textarea", label, null, form.firstAnswer(question.getCode()), error,
                    question.isRequired(), null);
            case NUMBER -> FormField.input(id, name, "number", label, null, form.firstAnswer(question.getCode()), error,
                    question.isRequired(), null);
            case DATETIME -> FormField.input(id, name, "datetime", label, words.dateTimeHint(),
                    form.firstAnswer(question.getCode()), error, question.isRequired(), null);
            case STRING -> FormField.input(id, name, "text", label, null, form.firstAnswer(question.getCode()), error,
                    question.isRequired(), null);
        };
    }

    private static String optionLabel(QuestionOption option, Lang lang) {
        return lang.isEnglish() ? option.labelEn() : option.labelZh();
    }

    /** The id on the page of the API's field name. */
    static String fieldId(String field) {
        return switch (field) {
            case "location.address" -> "address";
            case "location.district" -> "district";
            case "contact.name" -> "contactName";
            case "contact.phone" -> "phone";
            case "contact.email" -> "email";
            case "kind", "category" -> CHANGE_CHOICE_ID;
            default -> field.startsWith("attributes.") ? questionId(field.substring("attributes.".length())) : field;
        };
    }

    static String questionId(String code) {
        return "q-" + code;
    }

    private static String label(String field, ServiceCategory category, Lang lang, WebMessages words) {
        return switch (field) {
            case "kind" -> words.kindLabel();
            case "category" -> words.categoryLabel();
            case "title" -> words.titleLabel();
            case "description" -> words.descriptionLabel();
            case "location.address" -> words.addressLabel();
            case "location.district" -> words.districtLabel();
            case "contact.name" -> words.contactNameLabel();
            case "contact.phone" -> words.phoneLabel();
            case "contact.email" -> words.emailLabel();
            case "greenChannel" -> words.greenChannelLegend();
            case "attributes" -> words.questionsLegend();
            default -> field.startsWith("attributes.")
                    ? category.question(field.substring("attributes.".length()))
                            .map(question -> lang.isEnglish() ? question.getLabelEn() : question.getLabelZh())
                            .orElse(field.substring("attributes.".length()))
                    : field;
        };
    }

    private static boolean isChoice(String field, ServiceCategory category) {
        if (field.equals("kind") || field.equals("category") || field.equals("greenChannel")) {
            return true;
        }
        return field.startsWith("attributes.") && category.question(field.substring("attributes.".length()))
                .map(question -> question.getType().hasOptions()).orElse(false);
    }

    /** {@code location.address} from Bean Validation's path of the request. */
    private static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private static Map<String, String> query(String kind, String category) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("kind", kind);
        query.put("category", category);
        return query;
    }
}
