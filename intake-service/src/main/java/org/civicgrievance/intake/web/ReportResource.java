package org.civicgrievance.intake.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;

import org.civicgrievance.intake.catalogue.CategoryAnswers;
import org.civicgrievance.intake.catalogue.ServiceCatalogue;
import org.civicgrievance.intake.catalogue.ServiceCategory;
import org.civicgrievance.intake.grievance.Channel;
import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.GrievanceKind;
import org.civicgrievance.intake.grievance.GrievanceResource;
import org.civicgrievance.intake.grievance.GrievanceService;
import org.civicgrievance.intake.grievance.PublicLimits;
import org.civicgrievance.intake.grievance.ResidentAccess;
import org.civicgrievance.intake.grievance.SubmissionReceipt;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest;
import org.civicgrievance.intake.web.PageRenderer.Caching;
import org.civicgrievance.platform.idempotency.OncePerKey;
import org.civicgrievance.platform.problem.Problem.FieldViolation;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.civicgrievance.platform.ratelimit.RateLimitedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Submitting a case on the web, in two steps so that it works without JavaScript: choose the kind
 * and the category, then fill in the details and the category's own questions. The receipt is the
 * answer to the post itself (not a redirect), so the access code is shown once and never put in
 * an address; the form's hidden one-time {@link SubmissionKey} makes a double click or a re-posted
 * receipt show that same receipt again instead of making a second case.
 */
@Path("/report")
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    private final ReportPages pages;
    private final PageRenderer renderer;
    private final Template choose;
    private final Template details;
    private final Template receipt;
    private final ServiceCatalogue catalogue;
    private final GrievanceService grievances;
    private final ResidentAccess residents;
    private final Validator validator;
    private final ClientRateLimiter rateLimiter;
    private final PublicLimits limits;
    private final WebTexts texts;
    private final ZoneId zone;
    private final OncePerKey oncePerKey;
    private final ObjectMapper json;

    public ReportResource(ReportPages pages, PageRenderer renderer, @Location("web/report-choose.html") Template choose,
            @Location("web/report-details.html") Template details, @Location("web/receipt.html") Template receipt,
            ServiceCatalogue catalogue, GrievanceService grievances, ResidentAccess residents, Validator validator,
            ClientRateLimiter rateLimiter, PublicLimits limits, WebTexts texts,
            @ConfigProperty(name = "grievance.intake.zone") ZoneId zone, OncePerKey oncePerKey, ObjectMapper json) {
        this.pages = pages;
        this.renderer = renderer;
        this.choose = choose;
        this.details = details;
        this.receipt = receipt;
        this.catalogue = catalogue;
        this.grievances = grievances;
        this.residents = residents;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.texts = texts;
        this.zone = zone;
        this.oncePerKey = oncePerKey;
        this.json = json;
    }

    /** Step 1: the kind of case and its category (preselected when coming back to change them). */
    @GET
    public Response choose(@QueryParam(Lang.PARAM) String langTag, @QueryParam("kind") String kind,
            @QueryParam("category") String category) {
        Lang lang = Lang.of(langTag);
        return renderer.render(choose, pages.choose(lang, kind, category, new FieldErrors()), lang, 200, Caching.PUBLIC);
    }

    /** Step 2: the details, with the questions of the category chosen in step 1. */
    @GET
    @Path("/details")
    public Response details(@QueryParam(Lang.PARAM) String langTag, @QueryParam("kind") String kind,
            @QueryParam("category") String category) {
        Lang lang = Lang.of(langTag);
        FieldErrors errors = choiceErrors(lang, kind, category);
        if (!errors.isEmpty()) {
            return renderer.render(choose, pages.choose(lang, kind, category, errors), lang, 400, Caching.PUBLIC);
        }
        ReportForm empty = new ReportForm(lang, kind, category, "", "", "", "", "", "", "", false, List.of(), Map.of(),
                "");
        // never cached: the page carries a one-time key of its own
        return renderer.render(details,
                pages.details(empty, published(category).orElseThrow(), new FieldErrors(), null, SubmissionKey.fresh()),
                lang, 200, Caching.NEVER);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> body, @Context HttpHeaders headers,
            @Context HttpServerRequest http) throws Exception {
        ReportForm form = ReportForm.from(body);
        Lang lang = form.lang();
        if (!CrossSiteCheck.allows(headers)) {
            return renderer.crossSite(lang);
        }
        FieldErrors choiceErrors = choiceErrors(lang, form.kind(), form.category());
        if (!choiceErrors.isEmpty()) {
            // only a tampered form or a category withdrawn meanwhile gets here: choose again
            return renderer.render(choose, pages.choose(lang, form.kind(), form.category(), choiceErrors), lang, 400,
                    Caching.NEVER);
        }
        ServiceCategory category = published(form.category()).orElseThrow();
        WebMessages words = texts.of(lang);
        if (!OncePerKey.wellFormed(form.submissionKey())) {
            // only a tampered form (or a page from before the key) gets here: a fresh key, nothing lost
            return renderer.render(details,
                    pages.details(form, category, new FieldErrors(), words.formExpired(), SubmissionKey.fresh()), lang,
                    400, Caching.NEVER);
        }

        ReportRequests.Conversion conversion = ReportRequests.of(form, category, zone);
        SubmitGrievanceRequest request = conversion.request();
        // every problem at once: the request's own rules and the category's questions together
        Set<ConstraintViolation<SubmitGrievanceRequest>> constraints = validator.validate(request);
        List<FieldViolation> violations = new ArrayList<>(conversion.violations());
        violations.addAll(CategoryAnswers.check(category, request.attributesOrEmpty(), code -> "attributes." + code)
                .violations());
        if (!constraints.isEmpty() || !violations.isEmpty()) {
            return invalid(form, category, pages.errors(violations, constraints, category, lang));
        }

        KeptReceipt accepted;
        try {
            // a double click or a re-posted receipt gets the first receipt again; the rate limit and the
            // case are inside, so a replay neither counts against the limit nor makes a second case
            accepted = oncePerKey.once(OncePerKey.PUBLIC_SCOPE, form.submissionKey(),
                    SubmissionKey.fingerprint("/report", body), () -> {
                        rateLimiter.acquire(limits.submissionLimit(), GrievanceResource.client(http));
                        return KeptReceipt.of(grievances.submit(request, Channel.WEB_FORM, null), lang);
                    }, this::keep, this::kept);
        } catch (OncePerKey.KeyReusedException reused) {
            // the form was sent before with other details (back, edit, send): say so instead of a second case
            return renderer.render(details,
                    pages.details(form, category, new FieldErrors(), words.formAlreadySent(), SubmissionKey.fresh()),
                    lang, 422, Caching.NEVER);
        } catch (RateLimitedException limited) {
            String banner = words.tooManyBody(limited.retryAfterSeconds()) + " " + words.tooManyKept();
            return PageRenderer.withRetryAfter(renderer.render(details,
                    pages.details(form, category, new FieldErrors(), banner, form.submissionKey()), lang, 429,
                    Caching.NEVER), limited);
        } catch (ProblemException refused) {
            if (refused.problem().getErrors().isEmpty()) {
                return renderer.failure(lang, refused.problem().getStatus());
            }
            return invalid(form, category, pages.errors(refused.problem().getErrors(), Set.of(), category, lang));
        }
        return renderer.render(receipt,
                pages.receipt(lang, accepted.trackingNumber(), accepted.accessCode(), accepted.notices()), lang, 200,
                Caching.NEVER);
    }

    /**
     * What a replay shows: the receipt as first shown (its notices in the page's language, which is
     * part of the submission). Kept with the key for a day, as the API keeps its receipts.
     */
    record KeptReceipt(String trackingNumber, String accessCode, List<String> notices) {

        static KeptReceipt of(SubmissionReceipt receipt, Lang lang) {
            return new KeptReceipt(receipt.trackingNumber(), receipt.accessCode(),
                    receipt.notices().stream().map(notice -> lang.isEnglish() ? notice.en() : notice.zh()).toList());
        }
    }

    private String keep(KeptReceipt receipt) {
        try {
            return json.writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the receipt", e);
        }
    }

    private KeptReceipt kept(String body) {
        try {
            return json.readValue(body, KeptReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a kept receipt", e);
        }
    }

    /**
     * The receipt again in the other language, for its language switch: the page posts the number
     * and code it shows, which are checked like a look-up.
     */
    @POST
    @Path("/receipt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response receiptInOtherLanguage(MultivaluedMap<String, String> body, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        TrackForm form = TrackForm.from(body);
        Lang lang = form.lang();
        if (!CrossSiteCheck.allows(headers)) {
            return renderer.crossSite(lang);
        }
        try {
            rateLimiter.acquire(limits.lookUpLimit(), GrievanceResource.client(http));
            Grievance grievance = residents.open(form.trackingNumber(), form.accessCode());
            SubmissionReceipt.Notice similar = SubmissionReceipt.Notice.LINKED_TO_SIMILAR_CASE;
            List<String> notices = grievance.getLikelyDuplicateOf() == null ? List.of()
                    : List.of(lang.isEnglish() ? similar.en() : similar.zh());
            return renderer.render(receipt, pages.receipt(lang, grievance.getTrackingNumber(), form.accessCode(), notices),
                    lang, 200, Caching.NEVER);
        } catch (RateLimitedException limited) {
            return renderer.tooManyRequests(lang, limited);
        } catch (ProblemException refused) {
            return renderer.failure(lang, refused.problem().getStatus());
        }
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure, UriInfo uri) {
        return renderer.unexpected(failure, Lang.of(uri.getQueryParameters().getFirst(Lang.PARAM)));
    }

    private Response invalid(ReportForm form, ServiceCategory category, FieldErrors errors) {
        return renderer.render(details, pages.details(form, category, errors, null, form.submissionKey()), form.lang(),
                400, Caching.NEVER);
    }

    /** What is wrong with the choice of step 1, if anything. */
    private FieldErrors choiceErrors(Lang lang, String kind, String category) {
        WebMessages words = texts.of(lang);
        FieldErrors errors = new FieldErrors();
        if (!isKind(kind)) {
            errors.add("kind", words.kindLegend(), words.errChoose(), words);
        }
        if (category == null || category.isBlank()) {
            errors.add("category", words.categoryLegend(), words.errChoose(), words);
        } else if (published(category).isEmpty()) {
            errors.add("category", words.categoryLegend(), words.errCategoryUnavailable(), words);
        }
        return errors;
    }

    private Optional<ServiceCategory> published(String category) {
        return category == null || category.isBlank() ? Optional.empty() : catalogue.published(category);
    }

    private static boolean isKind(String kind) {
        return kind != null && Arrays.stream(GrievanceKind.values()).anyMatch(each -> each.name().equals(kind));
    }
}
