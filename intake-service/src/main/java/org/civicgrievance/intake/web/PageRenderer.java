package org.civicgrievance.intake.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

import org.civicgrievance.platform.ratelimit.RateLimitedException;

/**
 * Renders a page in its language and sends it with the headers every page needs: no scripts,
 * styles or frames from anywhere else, no sniffing, no referrer to other sites, and nothing
 * cached of a page that shows a case, an access code or what a resident typed.
 */
@ApplicationScoped
public class PageRenderer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'none'; object-src 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final Template message;
    private final WebTexts texts;

    public PageRenderer(@Location("web/message.html") Template message, WebTexts texts) {
        this.message = message;
        this.texts = texts;
    }

    /** A page that explains something and offers the way back: refusals and failures. */
    @TemplateData
    public record MessagePage(Chrome chrome, String title, List<String> paragraphs) {
    }

    /** Whether a page may be kept by the browser or a proxy. */
    public enum Caching {
        /** the same for everyone, such as an empty form */
        PUBLIC,
        /** a case, an access code or what someone typed: never stored anywhere */
        NEVER
    }

    public Response render(Template template, Object page, Lang lang, int status, Caching caching) {
        String html = template.data("page", page).setLocale(lang.locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Content-Language", lang.tag())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin")
                .header(HttpHeaders.CACHE_CONTROL, caching == Caching.NEVER ? "no-store" : "no-cache")
                .build();
    }

    /** 429 with Retry-After, as the API answers, on a page of its own. */
    public Response tooManyRequests(Lang lang, RateLimitedException limited) {
        WebMessages words = texts.of(lang);
        return withRetryAfter(message(lang, 429, words.tooManyTitle(),
                List.of(words.tooManyBody(limited.retryAfterSeconds()))), limited);
    }

    public Response crossSite(Lang lang) {
        WebMessages words = texts.of(lang);
        return message(lang, 403, words.crossSiteTitle(), List.of(words.crossSiteBody()));
    }

    public Response failure(Lang lang, int status) {
        WebMessages words = texts.of(lang);
        return message(lang, status, words.failureTitle(), List.of(words.failureBody()));
    }

    /**
     * What an exception nobody handled becomes on a page: JAX-RS's own refusals (unknown path,
     * wrong method or media type) keep their status; anything else is logged and is a 500.
     */
    public Response unexpected(Throwable failure, Lang lang) {
        if (failure instanceof WebApplicationException refused && refused.getResponse().getStatus() < 500) {
            return failure(lang, refused.getResponse().getStatus());
        }
        Log.error("Unexpected failure on a residents' page", failure);
        return failure(lang, 500);
    }

    static Response withRetryAfter(Response response, RateLimitedException limited) {
        return Response.fromResponse(response).header("Retry-After", limited.retryAfterSeconds()).build();
    }

    private Response message(Lang lang, int status, String title, List<String> paragraphs) {
        return render(message, new MessagePage(Chrome.linked(lang, "/"), title, paragraphs), lang, status, Caching.NEVER);
    }
}
