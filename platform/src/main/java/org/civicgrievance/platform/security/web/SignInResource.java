package org.civicgrievance.platform.security.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff sign-in form. The service exchanges the username and password for an access token
 * at the identity provider and keeps it in an HttpOnly session cookie, which smallrye-jwt then
 * accepts like a bearer header.
 *
 * <p>There is no session yet to derive a CSRF token from, so the form carries a random value that
 * must equal the one in a short-lived cookie of its own (double submit): another site can make a
 * browser post this form, but cannot read or set that cookie to match.
 */
@Path(SignInResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Staff web", description = "Server-rendered staff pages and their session")
public class SignInResource {

    public static final String PATH = "/staff/sign-in";

    /** Longer than any real username (Keycloak allows 255); longer input is refused without asking the provider. */
    static final int MAX_USERNAME_LENGTH = 255;
    private static final Pattern RANDOM_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final TokenEndpoint tokenEndpoint;
    private final StaffCookies cookies;
    private final StaffWebTexts texts;
    private final JWTParser tokens;

    public SignInResource(TokenEndpoint tokenEndpoint, StaffCookies cookies, StaffWebTexts texts, JWTParser tokens) {
        this.tokenEndpoint = tokenEndpoint;
        this.cookies = cookies;
        this.texts = texts;
        this.tokens = tokens;
    }

    @CheckedTemplate(basePath = "staff-web")
    public static class Templates {

        public static native TemplateInstance signIn(PageFrame page, SignInView view, StaffWebMessages msg);
    }

    @GET
    @Operation(summary = "The sign-in form (Simplified Chinese; ?lang=en for English)")
    public Response form(@QueryParam(PageLanguage.PARAMETER) String langParameter, @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        // a second tab keeps the value of the first, so both forms stay valid
        String token = formToken(headers).filter(value -> RANDOM_TOKEN.matcher(value).matches())
                .orElseGet(CsrfTokens::random);
        return page(Response.Status.OK, PageLanguage.of(langParameter), SignInView.empty(token), request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign in: sets the session cookie and redirects (303) to the staff home")
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam(CsrfTokens.FIELD) String csrfToken, @FormParam(PageLanguage.PARAMETER) String langParameter,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        PageLanguage lang = PageLanguage.of(langParameter);
        StaffWebMessages msg = texts.in(lang);
        String typed = username == null ? "" : username.strip();

        if (!formToken(headers).map(expected -> CsrfTokens.matches(expected, csrfToken)).orElse(false)) {
            Log.info("Sign-in form refused: its CSRF token is missing or does not match its cookie");
            return page(Response.Status.FORBIDDEN, lang, SignInView.failed(typed, msg.formExpired(), CsrfTokens.random()),
                    request);
        }
        boolean noPassword = password == null || password.isEmpty();
        if (typed.isEmpty() || noPassword) {
            return page(Response.Status.BAD_REQUEST, lang, SignInView.missing(typed,
                    typed.isEmpty() ? msg.usernameMissing() : null, noPassword ? msg.passwordMissing() : null, csrfToken),
                    request);
        }
        SignInOutcome outcome = typed.length() > MAX_USERNAME_LENGTH
                ? new SignInOutcome.WrongCredentials()
                : tokenEndpoint.signIn(typed, password);

        if (outcome instanceof SignInOutcome.Granted granted) {
            return signedIn(granted, lang, request, msg, typed, csrfToken);
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            Log.info("Staff sign-in throttled by the identity provider");
            Response.ResponseBuilder response = Response.fromResponse(page(Response.Status.TOO_MANY_REQUESTS, lang,
                    SignInView.failed(typed, throttledMessage(msg, throttled.retryAfterSeconds()), csrfToken), request));
            throttled.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
            return response.build();
        }
        if (outcome instanceof SignInOutcome.Unavailable unavailable) {
            Log.warnf("Staff sign-in unavailable: %s", unavailable.reason());
            return page(Response.Status.SERVICE_UNAVAILABLE, lang, SignInView.failed(typed, msg.unavailable(), csrfToken),
                    request);
        }
        Log.info("Staff sign-in refused: wrong username or password");
        return page(Response.Status.UNAUTHORIZED, lang, SignInView.refused(typed, msg.wrongCredentials(), csrfToken), request);
    }

    private Response signedIn(SignInOutcome.Granted granted, PageLanguage lang, HttpServerRequest request,
            StaffWebMessages msg, String typed, String csrfToken) {
        JsonWebToken token;
        try {
            // a provider issuing tokens these services do not accept would otherwise send staff round
            // in circles between the sign-in form and the home page
            token = tokens.parse(granted.accessToken());
        } catch (ParseException e) {
            Log.errorf("The token endpoint's access token does not verify here (%s): grievance.staff-web.token-url and "
                    + "mp.jwt.verify.* must name the same provider", e.getMessage());
            return page(Response.Status.SERVICE_UNAVAILABLE, lang, SignInView.failed(typed, msg.unavailable(), csrfToken),
                    request);
        }
        long untilExpiry = token.getExpirationTime() - Instant.now().getEpochSecond();
        long maxAge = Math.max(1, Math.min(granted.expiresInSeconds(), untilExpiry));
        Log.infof("Staff web session started (token %s)", token.getTokenID());
        return Response.status(Response.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, lang.link(StaffPages.HOME))
                .header(HttpHeaders.SET_COOKIE, cookies.session(granted.accessToken(), maxAge, request))
                .header(HttpHeaders.SET_COOKIE, cookies.clearSignInForm(request))
                .build();
    }

    private Response page(Response.Status status, PageLanguage lang, SignInView view, HttpServerRequest request) {
        StaffWebMessages msg = texts.in(lang);
        String html = Templates.signIn(texts.frame(lang, PATH, null), view, msg).render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.SET_COOKIE, cookies.signInForm(view.csrfToken(), request))
                .entity(html)
                .build();
    }

    /** The sign-in cookie's value when the request carries exactly one (several would be ambiguous). */
    private static Optional<String> formToken(HttpHeaders headers) {
        List<String> values = StaffCookies.values(headers.getRequestHeader(HttpHeaders.COOKIE), StaffCookies.SIGN_IN);
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    private static String throttledMessage(StaffWebMessages msg, OptionalLong retryAfterSeconds) {
        return retryAfterSeconds.isPresent() ? msg.throttledFor((retryAfterSeconds.getAsLong() + 59) / 60) : msg.throttled();
    }
}
