package org.civicgrievance.intake.web;

import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import org.civicgrievance.intake.grievance.GrievanceResource;
import org.civicgrievance.intake.grievance.PublicLimits;
import org.civicgrievance.intake.opinion.AnswerReceipt;
import org.civicgrievance.intake.opinion.AnswerService;
import org.civicgrievance.intake.opinion.FormState;
import org.civicgrievance.intake.opinion.OpinionFormService;
import org.civicgrievance.intake.opinion.PublicFormView;
import org.civicgrievance.intake.web.PageRenderer.Caching;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.civicgrievance.platform.ratelimit.RateLimitedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answering an opinion form 征求意见表 on the web: the open forms, one form, and its answers checked
 * by the very service the API uses, so a page and the API accept and refuse the same answers. As
 * with a case's receipt, the thanks answer the post itself, so the answer code is shown once and
 * never put in an address.
 */
@Path("/opinion")
@Produces(MediaType.TEXT_HTML)
public class OpinionResource {

    private final OpinionPages pages;
    private final PageRenderer renderer;
    private final Template list;
    private final Template form;
    private final Template thanks;
    private final Template unavailable;
    private final OpinionFormService forms;
    private final AnswerService answers;
    private final ClientRateLimiter rateLimiter;
    private final PublicLimits limits;
    private final WebTexts texts;

    public OpinionResource(OpinionPages pages, PageRenderer renderer, @Location("web/opinion-list.html") Template list,
            @Location("web/opinion-form.html") Template form, @Location("web/opinion-thanks.html") Template thanks,
            @Location("web/opinion-unavailable.html") Template unavailable, OpinionFormService forms,
            AnswerService answers, ClientRateLimiter rateLimiter, PublicLimits limits, WebTexts texts) {
        this.pages = pages;
        this.renderer = renderer;
        this.list = list;
        this.form = form;
        this.thanks = thanks;
        this.unavailable = unavailable;
        this.forms = forms;
        this.answers = answers;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.texts = texts;
    }

    @GET
    public Response openForms(@QueryParam(Lang.PARAM) String langTag) {
        Lang lang = Lang.of(langTag);
        return renderer.render(list, pages.list(lang, forms.openForms(null)), lang, 200, Caching.PUBLIC);
    }

    @GET
    @Path("/{formId}")
    public Response form(@PathParam("formId") String formId, @QueryParam(Lang.PARAM) String langTag) {
        Lang lang = Lang.of(langTag);
        Optional<PublicFormView> published = published(formId);
        if (published.isEmpty() || published.get().state() != FormState.OPEN) {
            return unavailable(lang, published.orElse(null));
        }
        return renderer.render(form, pages.form(published.get(), OpinionAnswerForm.empty(lang), new FieldErrors(), null),
                lang, 200, Caching.PUBLIC);
    }

    @POST
    @Path("/{formId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("formId") String formId, MultivaluedMap<String, String> body,
            @Context HttpHeaders headers, @Context HttpServerRequest http) {
        OpinionAnswerForm answered = OpinionAnswerForm.from(body);
        Lang lang = answered.lang();
        if (!CrossSiteCheck.allows(headers)) {
            return renderer.crossSite(lang);
        }
        Optional<PublicFormView> published = published(formId);
        if (published.isEmpty() || published.get().state() != FormState.OPEN) {
            return unavailable(lang, published.orElse(null));
        }
        PublicFormView definition = published.get();
        try {
            rateLimiter.acquire(limits.answerLimit(), GrievanceResource.client(http));
        } catch (RateLimitedException limited) {
            WebMessages words = texts.of(lang);
            String banner = words.tooManyBody(limited.retryAfterSeconds()) + " " + words.tooManyKept();
            return PageRenderer.withRetryAfter(renderer.render(form,
                    pages.form(definition, answered, new FieldErrors(), banner), lang, 429, Caching.NEVER), limited);
        }

        AnswerReceipt receipt;
        try {
            receipt = answers.answer(formId, OpinionAnswers.of(answered, definition));
        } catch (ProblemException refused) {
            if (!refused.problem().getErrors().isEmpty()) {
                return renderer.render(form,
                        pages.form(definition, answered, pages.errors(refused.problem().getErrors(), definition, lang), null),
                        lang, 400, Caching.NEVER);
            }
            if (refused.problem().getStatus() == 409) {
                // closed (or closed early) between showing the form and sending it
                return unavailable(lang, published(formId).orElse(null));
            }
            return renderer.failure(lang, refused.problem().getStatus());
        }
        return renderer.render(thanks, pages.thanks(lang, definition, receipt.answerId(), receipt.answerCode()), lang, 200,
                Caching.NEVER);
    }

    /**
     * The thanks again in the other language, for its language switch: the page posts the answer id
     * and code it shows, which are checked (and counted) like a look-up of one's own answer.
     */
    @POST
    @Path("/{formId}/receipt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response thanksInOtherLanguage(@PathParam("formId") String formId, MultivaluedMap<String, String> body,
            @Context HttpHeaders headers, @Context HttpServerRequest http) {
        Lang lang = Lang.of(body.getFirst(Lang.PARAM));
        if (!CrossSiteCheck.allows(headers)) {
            return renderer.crossSite(lang);
        }
        String answerId = body.getFirst("answerId");
        String answerCode = body.getFirst("answerCode");
        try {
            rateLimiter.acquire(limits.lookUpLimit(), GrievanceResource.client(http));
            if (answerId == null || answerCode == null) {
                return renderer.failure(lang, 404);
            }
            answers.ownAnswer(formId, answerId, answerCode);
            return renderer.render(thanks, pages.thanks(lang, forms.publicForm(formId), answerId, answerCode), lang, 200,
                    Caching.NEVER);
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

    /** As the API answers: no such form or a draft is 404; upcoming or closed is 409. */
    private Response unavailable(Lang lang, PublicFormView definition) {
        return renderer.render(unavailable, pages.unavailable(lang, definition), lang, definition == null ? 404 : 409,
                Caching.NEVER);
    }

    /** A published form (a draft is not found, as in the API). */
    private Optional<PublicFormView> published(String formId) {
        try {
            return Optional.of(forms.publicForm(formId));
        } catch (ProblemException notFound) {
            if (notFound.problem().getStatus() != 404) {
                throw notFound;
            }
            return Optional.empty();
        }
    }
}
