package org.civicgrievance.intake.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.logging.Log;

import org.civicgrievance.intake.catalogue.ServiceCatalogue;
import org.civicgrievance.intake.grievance.Channel;
import org.civicgrievance.intake.grievance.GrievanceKind;
import org.civicgrievance.intake.grievance.GrievanceService;
import org.civicgrievance.intake.grievance.SubmissionReceipt;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest;
import org.civicgrievance.intake.open311.apikey.ApiKey;
import org.civicgrievance.intake.open311.apikey.ApiKeyService;
import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;

/**
 * {@code POST requests}: turns GeoReport v2's form fields into a submission on the OPEN311 channel
 * and every refusal into Open311's error array, naming fields as the client sent them.
 *
 * <p>Mapping decisions: the kind is always COMPLAINT (Open311 has no kind; its services report
 * problems); {@code first_name} and {@code last_name} become the contact's name (family name
 * first, without a space, for Chinese names); {@code device_id}, {@code account_id},
 * {@code address_id} and {@code media_url} are not kept (no device, account, address register or
 * media store exists here); with coordinates but no {@code address_string} the address text is
 * the coordinates themselves, e.g. {@code 26.080000,119.300000}.
 */
@ApplicationScoped
public class Open311Submissions {

    /** GeoReport v2's limit for a description (our own is 5,000). */
    static final int DESCRIPTION_LIMIT = 4000;
    private static final int COORDINATE_SCALE = 6;
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]+)\\](\\[\\])?");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Set<String> LOCATION_FIELDS = Set.of("lat", "long", "address_string");

    private final GrievanceService grievances;
    private final ServiceCatalogue catalogue;
    private final ApiKeyService keys;
    private final ClientRateLimiter rateLimiter;
    private final Open311Config config;
    private final Validator validator;

    public Open311Submissions(GrievanceService grievances, ServiceCatalogue catalogue, ApiKeyService keys,
            ClientRateLimiter rateLimiter, Open311Config config, Validator validator) {
        this.grievances = grievances;
        this.catalogue = catalogue;
        this.keys = keys;
        this.rateLimiter = rateLimiter;
        this.config = config;
        this.validator = validator;
    }

    /**
     * @throws Open311Exception 403 without a live {@code api_key}, 404 for an unknown
     *                          {@code service_code}, 400 naming each wrong field
     */
    public ServiceRequestReceipt submit(FormFields form, Language language) {
        ApiKey key = keys.live(form.value("api_key")).orElseThrow(() -> Open311Exception.forbidden(
                form.value("api_key") == null ? "api_key is missing: submitting requests needs an API key"
                        : "api_key is not valid (unknown or revoked): submitting requests needs an API key"));
        rateLimiter.acquire(config.submissions(), key.getId());

        String serviceCode = form.value("service_code");
        if (serviceCode == null) {
            throw Open311Exception.badRequest("service_code", "is required");
        }
        if (catalogue.published(serviceCode).isEmpty()) {
            throw Open311Exception.notFound("service_code", "is not a service of this endpoint (see services.xml)");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        SubmitGrievanceRequest request = request(form, serviceCode, language, errors);
        boolean placeExplained = LOCATION_FIELDS.stream().anyMatch(errors::containsKey);
        for (ConstraintViolation<SubmitGrievanceRequest> violation : validator.validate(request)) {
            String field = fieldName(violation.getPropertyPath().toString());
            // a location already explained is not reported again as a blank address
            if (!(placeExplained && LOCATION_FIELDS.contains(field))) {
                errors.putIfAbsent(field, violation.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw Open311Exception.badRequest(sorted(errors.entrySet().stream()
                    .map(error -> Open311Error.of(400, error.getKey(), error.getValue())).toList()));
        }

        SubmissionReceipt receipt;
        try {
            receipt = grievances.submit(request, Channel.OPEN311, null);
        } catch (ProblemException refused) {
            throw inOpen311Terms(refused.problem(), refused);
        }
        Log.infof("Open311 request %s accepted with API key %s", receipt.trackingNumber(), key.getId());
        return new ServiceRequestReceipt(receipt.trackingNumber(), receipt.caseId(), notice(receipt, language), null);
    }

    private static SubmitGrievanceRequest request(FormFields form, String serviceCode, Language language,
            Map<String, String> errors) {
        String description = form.value("description");
        if (description != null && description.codePointCount(0, description.length()) > DESCRIPTION_LIMIT) {
            errors.put("description", "must be at most " + DESCRIPTION_LIMIT + " characters long");
        }
        return new SubmitGrievanceRequest(GrievanceKind.COMPLAINT, serviceCode, null, description,
                location(form, errors), attributes(form), contact(form), false, null, language.tag());
    }

    /** GeoReport v2 wants lat and long, or address_string, or address_id; we need a place in words. */
    private static SubmitGrievanceRequest.LocationInput location(FormFields form, Map<String, String> errors) {
        BigDecimal latitude = coordinate(form, "lat", errors);
        BigDecimal longitude = coordinate(form, "long", errors);
        boolean unreadable = errors.containsKey("lat") || errors.containsKey("long");
        String address = form.value("address_string");
        if (!unreadable && (latitude == null) != (longitude == null)) {
            errors.put(latitude == null ? "lat" : "long", "must be sent together with " + (latitude == null ? "long" : "lat"));
        } else if (!unreadable && address == null && latitude == null) {
            errors.put("address_string", form.value("address_id") == null
                    ? "is required unless lat and long are sent"
                    : "is required unless lat and long are sent: address_id is not known here (no address register)");
        }
        if (address == null && latitude != null && longitude != null) {
            // the coordinates are the only words there are for the place
            address = latitude.toPlainString() + "," + longitude.toPlainString();
        }
        return new SubmitGrievanceRequest.LocationInput(address, null, latitude, longitude);
    }

    private static BigDecimal coordinate(FormFields form, String field, Map<String, String> errors) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            // stored as DECIMAL(9,6): about 10 cm, finer than any phone's fix
            return new BigDecimal(value).setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put(field, "must be a WGS84 coordinate in decimal degrees, such as 26.08");
            return null;
        }
    }

    /** {@code attribute[code]=value}, and {@code attribute[code][]=value} once per value of a multivaluelist. */
    private static Map<String, Object> attributes(FormFields form) {
        Map<String, Object> answers = new LinkedHashMap<>();
        form.all().forEach((name, values) -> {
            Matcher attribute = ATTRIBUTE.matcher(name);
            if (!attribute.matches()) {
                return;
            }
            List<String> given = values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
            boolean many = attribute.group(2) != null || given.size() > 1;
            Object answer = many ? given : given.isEmpty() ? null : given.get(0);
            answers.merge(attribute.group(1), answer == null ? "" : answer, Open311Submissions::bothAnswers);
        });
        return answers;
    }

    /** {@code attribute[x]} and {@code attribute[x][]} in one request: every value counts. */
    private static Object bothAnswers(Object first, Object second) {
        List<Object> all = new ArrayList<>();
        for (Object answer : List.of(first, second)) {
            if (answer instanceof List<?> many) {
                all.addAll(many);
            } else if (!"".equals(answer)) {
                all.add(answer);
            }
        }
        return all;
    }

    private static SubmitGrievanceRequest.ContactInput contact(FormFields form) {
        String name = personName(form.value("first_name"), form.value("last_name"));
        String phone = form.value("phone");
        String email = form.value("email");
        return name == null && phone == null && email == null ? null
                : new SubmitGrievanceRequest.ContactInput(name, phone, email);
    }

    /** 张 + 三 is 张三; John + Smith is John Smith. */
    static String personName(String given, String family) {
        if (given == null || family == null) {
            return given != null ? given : family;
        }
        if (HAN.matcher(given).find() || HAN.matcher(family).find()) {
            return family + given;
        }
        return given + " " + family;
    }

    /** Refusals of the grievance service (category answers, a category withdrawn meanwhile) in Open311 terms. */
    private static RuntimeException inOpen311Terms(Problem problem, ProblemException refused) {
        if (problem.getStatus() != 400 || problem.getErrors().isEmpty()) {
            return refused;
        }
        return Open311Exception.badRequest(sorted(problem.getErrors().stream()
                .map(error -> Open311Error.of(400, fieldName(error.field()), error.message()))
                .toList()));
    }

    /** The Open311 field for a field of our submission, e.g. {@code attributes.hazard} is {@code attribute[hazard]}. */
    static String fieldName(String field) {
        if (field.startsWith("attributes.")) {
            return "attribute[" + field.substring("attributes.".length()) + "]";
        }
        return switch (field) {
            case "category" -> "service_code";
            case "location", "location.address" -> "address_string";
            case "location.latitude" -> "lat";
            case "location.longitude" -> "long";
            case "contact.name" -> "first_name and last_name";
            case "contact.phone" -> "phone";
            case "contact.email" -> "email";
            case "attributes" -> "attribute";
            default -> field;
        };
    }

    private static List<Open311Error> sorted(List<Open311Error> errors) {
        return errors.stream().sorted(Comparator.comparing(Open311Error::description)).toList();
    }

    private static String notice(SubmissionReceipt receipt, Language language) {
        StringBuilder notice = new StringBuilder(language.pick(
                "已受理，受理编号 %s，查询码 %s（仅显示这一次，请转告提交人妥善保存）。"
                        + "凭受理编号和查询码可在市民服务网站查询进度、补充情况和评价办理结果。",
                "Received as %s. Access code %s (shown only this once; pass it on to the resident): with the tracking"
                        + " number it lets them follow the case, add information and rate the outcome on the city's website.")
                .formatted(receipt.trackingNumber(), receipt.accessCode()));
        receipt.notices().forEach(extra -> notice.append(' ').append(language.pick(extra.zh(), extra.en())));
        return notice.toString();
    }
}
