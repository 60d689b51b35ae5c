package org.civicgrievance.intake.open311;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicgrievance.intake.catalogue.CategoryQuestion;
import org.civicgrievance.intake.catalogue.QuestionOption;
import org.civicgrievance.intake.catalogue.QuestionType;
import org.civicgrievance.intake.catalogue.ServiceCatalogue;
import org.civicgrievance.intake.catalogue.ServiceCategory;

/** The published service catalogue in GeoReport v2's terms: services, and their questions as attributes. */
@ApplicationScoped
public class Open311Services {

    private final ServiceCatalogue catalogue;

    public Open311Services(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Service> list(Language language) {
        return catalogue.published().stream().map(category -> service(category, language)).toList();
    }

    /** @throws Open311Exception 404 when no published category has this code */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceDefinition definition(String serviceCode, Language language) {
        ServiceCategory category = catalogue.published(serviceCode)
                .orElseThrow(() -> Open311Exception.notFound("service_code", "is not a service of this endpoint"));
        List<CategoryQuestion> questions = category.getQuestions();
        List<ServiceDefinition.Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            attributes.add(attribute(questions.get(i), i + 1, language));
        }
        return new ServiceDefinition(category.getCode(), attributes);
    }

    static Service service(ServiceCategory category, Language language) {
        return new Service(category.getCode(),
                language.pick(category.getNameZh(), category.getNameEn()),
                language.pick(category.getDescriptionZh(), category.getDescriptionEn()),
                !category.getQuestions().isEmpty(),
                Service.REALTIME,
                null,
                language.pick(category.getGroupZh(), category.getGroupEn()));
    }

    private static ServiceDefinition.Attribute attribute(CategoryQuestion question, int order, Language language) {
        List<ServiceDefinition.Value> values = question.getOptions().stream()
                .map(option -> value(option, language))
                .toList();
        return new ServiceDefinition.Attribute(true, question.getCode(), datatype(question.getType()),
                question.isRequired(), datatypeDescription(question.getType(), language), order,
                language.pick(question.getLabelZh(), question.getLabelEn()), values);
    }

    private static ServiceDefinition.Value value(QuestionOption option, Language language) {
        return new ServiceDefinition.Value(option.code(), language.pick(option.labelZh(), option.labelEn()));
    }

    static String datatype(QuestionType type) {
        return switch (type) {
            case STRING -> "string";
            case TEXT -> "text";
            case NUMBER -> "number";
            case DATETIME -> "datetime";
            case SINGLE_CHOICE -> "singlevaluelist";
            case MULTIPLE_CHOICE -> "multivaluelist";
        };
    }

    /** What CategoryAnswers accepts for each type, said so that a client can check before it sends. */
    private static String datatypeDescription(QuestionType type, Language language) {
        return switch (type) {
            case STRING -> language.pick("一行文字，最多500字", "One line of text, up to 500 characters");
            case TEXT -> language.pick("文字，可分行，最多2000字", "Text, may span lines, up to 2,000 characters");
            case NUMBER -> language.pick("数字，如 12.5", "A number, such as 12.5");
            case DATETIME -> language.pick("带时区的日期时间，如 2026-11-27T08:30:00+08:00",
                    "A date and time with offset, such as 2026-11-27T08:30:00+08:00");
            case SINGLE_CHOICE -> language.pick("从 values 中选一个 key", "One key of values");
            case MULTIPLE_CHOICE -> language.pick(
                    "从 values 中选一个或多个 key，每个 key 作为一个 attribute[code][] 发送",
                    "One or more keys of values, each sent as attribute[code][]");
        };
    }
}
