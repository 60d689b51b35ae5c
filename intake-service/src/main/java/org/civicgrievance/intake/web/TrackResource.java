package org.civicgrievance.intake.web;

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

import org.civicgrievance.intake.evaluation.EvaluationResource.RateRequest;
import org.civicgrievance.intake.evaluation.EvaluationService;
import org.civicgrievance.intake.evaluation.Rating;
import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.GrievanceResource;
import org.civicgrievance.intake.grievance.PublicLimits;
import org.civicgrievance.intake.grievance.ResidentAccess;
import org.civicgrievance.intake.supplement.SupplementResource.AddSupplementRequest;
import org.civicgrievance.intake.supplement.SupplementService;
import org.civicgrievance.intake.web.PageRenderer.Caching;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.civicgrievance.platform.ratelimit.RateLimitedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Looking up one's own case with its tracking number and access code, and what the case allows
 * next: adding information while it is open, rating a resolution. Every post is counted against
 * the same per-address limits as the API, before the code is checked.
 */
@Path("/track")
@Produces(MediaType.TEXT_HTML)
public class TrackResource {

    private final TrackPages pages;
    private final PageRenderer renderer;
    private final Template lookUp;
    private final Template casePage;
    private final ResidentAccess residents;
    private final SupplementService supplements;
    private final EvaluationService evaluations;
    private final Validator validator;
    private final ClientRateLimiter rateLimiter;
    private final PublicLimits limits;
    private final WebTexts texts;

    public TrackResource(TrackPages pages, PageRenderer renderer, @Location("web/track.html") Template lookUp,
            @Location("web/case.html") Template casePage, ResidentAccess residents, SupplementService supplements,
            EvaluationService evaluations, Validator validator, ClientRateLimiter rateLimiter, PublicLimits limits,
            WebTexts texts) {
        this.pages = pages;
        this.renderer = renderer;
        this.lookUp = lookUp;
        this.casePage = casePage;
        this.residents = residents;
        this.supplements = supplements;
        this.evaluations = evaluations;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.texts = texts;
    }

    /** The look-up form; the receipt links here with the tracking number filled in. */
    @GET
    public Response form(@QueryParam(Lang.PARAM) String langTag, @QueryParam("trackingNumber") String trackingNumber) {
        Lang lang = Lang.of(langTag);
        return renderer.render(lookUp, pages.lookUp(lang, TrackForm.normalise(trackingNumber), new FieldErrors(), null),
                lang, 200, Caching.PUBLIC);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookUp(MultivaluedMap<String, String> body, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        TrackForm form = TrackForm.from(body);
        Lang lang = form.lang();
        WebMessages words = texts.of(lang);
        if (!CrossSiteCheck.allows(headers)) {
            return renderer.crossSite(lang);
        }
        try {
            // counted before anything is checked, so wrong guesses cost as much as right ones
            rateLimiter.acquire(limits.lookUpLimit(), GrievanceResource.client(http));
        } catch (RateLimitedException limited) {
            return PageRenderer.withRetryAfter(renderer.render(lookUp, pages.lookUp(lang, form.trackingNumber(),
                    new FieldErrors(), words.tooManyBody(limited.retryAfterSeconds())), lang, 429, Caching.NEVER), limited);
        }
        FieldErrors errors = new FieldErrors();
        if (form.trackingNumber().isEmpty()) {
            errors.add("trackingNumber", words.trackingNumberLabel(), words.errRequired(), words);
        }
        if (form.accessCode().isEmpty()) {
            errors.add("accessCode", words.accessCodeLabel(), words.errRequired(), words);
        }
        if (!errors.isEmpty()) {
            return renderer.render(lookUp, pages.lookUp(lang, form.trackingNumber(), errors, null), lang, 400,
                    Caching.NEVER);
        }
        Optional<Grievance> grievance = open(form);
        if (grievance.isEmpty()) {
            return notFound(form);
        }
        return showCase(grievance.get(), form, new FieldErrors(), null, 200);
    }

    @POST
    @Path("/information")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addInformation(MultivaluedMap<String, String> body, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        TrackForm form = TrackForm.from(body);
        Lang lang = form.lang();
        WebMessages words = texts.of(lang);
        Optional<Response> notAdmitted = refusedFollowUpPost(headers, http, lang);
        if (notAdmitted.isPresent()) {
            return notAdmitted.get();
        }
        Set<ConstraintViolation<AddSupplementRequest>> invalid = validator.validate(new AddSupplementRequest(form.text()));
        if (!invalid.isEmpty()) {
            return showCaseOrNotFound(form, errors("text", words.supplementLabel(), invalid, words));
        }
        try {
            supplements.add(form.trackingNumber(), form.accessCode(), form.text());
        } catch (ProblemException refused) {
            return refusedFollowUp(form, refused);
        }
        return showChangedCase(form, words.supplementAdded());
    }

    @POST
    @Path("/rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(MultivaluedMap<String, String> body, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        TrackForm form = TrackForm.from(body);
        Lang lang = form.lang();
        WebMessages words = texts.of(lang);
        Optional<Response> notAdmitted = refusedFollowUpPost(headers, http, lang);
        if (notAdmitted.isPresent()) {
            return notAdmitted.get();
        }
        Rating rating = rating(form.rating());
        FieldErrors errors = new FieldErrors();
        if (rating == null) {
            errors.add("rating", words.ratingLegend(), words.errChoose(), words);
        }
        Set<ConstraintViolation<RateRequest>> invalid = validator.validateProperty(new RateRequest(rating,
                form.comment().isBlank() ? null : form.comment()), "comment");
        invalid.forEach(violation -> errors.add("comment", words.commentLabel(),
                ViolationWords.of(violation, "comment", false, words), words));
        if (!errors.isEmpty()) {
            return showCaseOrNotFound(form, errors);
        }
        try {
            evaluations.evaluate(form.trackingNumber(), form.accessCode(), rating,
                    form.comment().isBlank() ? null : form.comment());
        } catch (ProblemException refused) {
            return refusedFollowUp(form, refused);
        }
        return showChangedCase(form, rating == Rating.DISSATISFIED ? words.ratedDissatisfied() : words.rated());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure, UriInfo uri) {
        return renderer.unexpected(failure, Lang.of(uri.getQueryParameters().getFirst(Lang.PARAM)));
    }

    /** The case, or nothing for an unknown number and a wrong code alike. */
    private Optional<Grievance> open(TrackForm form) {
        try {
            return Optional.of(residents.open(form.trackingNumber(), form.accessCode()));
        } catch (ProblemException notOpened) {
            return Optional.empty();
        }
    }

    /**
     * The case as it is after a change. The case is read only now, never before the change: a
     * case read earlier in this request would be served stale from the request's session.
     */
    private Response showChangedCase(TrackForm form, String banner) {
        TrackForm cleared = new TrackForm(form.lang(), form.trackingNumber(), form.accessCode(), "", "", "");
        return open(form).map(grievance -> showCase(grievance, cleared, new FieldErrors(), banner, 200))
                .orElseGet(() -> notFound(form));
    }

    private Response showCaseOrNotFound(TrackForm form, FieldErrors errors) {
        return open(form).map(grievance -> showCase(grievance, form, errors, null, 400)).orElseGet(() -> notFound(form));
    }

    private Response showCase(Grievance grievance, TrackForm form, FieldErrors errors, String banner, int status) {
        return renderer.render(casePage, pages.casePage(grievance, form, errors, banner), form.lang(), status,
                Caching.NEVER);
    }

    /** Back to the look-up form with the number kept: the same answer whichever of the two was wrong. */
    private Response notFound(TrackForm form) {
        WebMessages words = texts.of(form.lang());
        FieldErrors errors = new FieldErrors();
        errors.add("accessCode", words.accessCodeLabel(), words.notFound(), words);
        return renderer.render(lookUp, pages.lookUp(form.lang(), form.trackingNumber(), errors, null), form.lang(), 404,
                Caching.NEVER);
    }

    /** The case changed under the resident (closed, rated, too many additions): say so on the case page. */
    private Response refusedFollowUp(TrackForm form, ProblemException refused) {
        WebMessages words = texts.of(form.lang());
        int status = refused.problem().getStatus();
        if (status == 400 || status == 404) {
            return notFound(form); // a wrong number or code: the same answer as the look-up's
        }
        String type = refused.problem().getType();
        String banner = type.endsWith(":too-many-supplements") ? words.tooManySupplements()
                : type.endsWith(":case-closed") ? words.caseNotOpen()
                : type.endsWith(":not-resolved") || type.endsWith(":already-rated") ? words.notAwaitingRating()
                : null;
        Optional<Grievance> grievance = open(form);
        if (banner == null || grievance.isEmpty()) {
            return renderer.failure(form.lang(), refused.problem().getStatus());
        }
        return showCase(grievance.get(), form, new FieldErrors(), banner, refused.problem().getStatus());
    }

    private static FieldErrors errors(String fieldId, String label, Set<? extends ConstraintViolation<?>> violations,
            WebMessages words) {
        FieldErrors errors = new FieldErrors();
        violations.forEach(violation -> errors.add(fieldId, label, ViolationWords.of(violation, fieldId, false, words),
                words));
        return errors;
    }

    private static Rating rating(String value) {
        try {
            return value.isEmpty() ? null : Rating.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A follow-up post from another site, or one over the client's limit, is refused; empty when it may go on. */
    private Optional<Response> refusedFollowUpPost(HttpHeaders headers, HttpServerRequest http, Lang lang) {
        if (!CrossSiteCheck.allows(headers)) {
            return Optional.of(renderer.crossSite(lang));
        }
        try {
            rateLimiter.acquire(limits.submissionLimit(), GrievanceResource.client(http));
            return Optional.empty();
        } catch (RateLimitedException limited) {
            return Optional.of(renderer.tooManyRequests(lang, limited));
        }
    }
}
