package org.civicgrievance.platform.security.web;

import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF protection for everything the session cookie authenticates: a POST, PUT, PATCH or DELETE
 * carrying the cookie must also carry the session's {@link CsrfTokens#forSession CSRF token},
 * as form field {@code csrf_token} or header {@code X-CSRF-Token}; otherwise 403 problem+json and
 * the resource never runs.
 *
 * <p>Keyed on the cookie, not on the absence of an {@code Authorization} header: when a request
 * has both, smallrye-jwt authenticates it with the cookie, so the cookie's rules apply. API
 * clients sending only a bearer header are not affected.
 *
 * <p>{@code readBody = true} runs this filter after Quarkus REST has read a form body, so the
 * field is read from the parsed form and the resource still gets every parameter (a JSON or other
 * body is left alone). Authorization checks ({@code @RolesAllowed}) have already run by then.
 */
public class SessionCsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @ServerRequestFilter(readBody = true)
    public Optional<Response> requireToken(ResteasyReactiveContainerRequestContext request, ResourceInfo resource) {
        if (SAFE_METHODS.contains(request.getMethod()) || resource.getResourceClass() == SignInResource.class) {
            return Optional.empty(); // the sign-in form has its own check: there is no session yet
        }
        List<String> sessions = StaffCookies.values(request.getHeaders().get(HttpHeaders.COOKIE), StaffCookies.SESSION);
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        if (sessions.size() > 1) {
            Log.info("Refused a request carrying several session cookies");
            return refuse("csrf-session-ambiguous", "Several session cookies",
                    "The request carries more than one session cookie; sign out and sign in again.");
        }
        Optional<String> presented = presentedToken(request);
        if (presented.isEmpty()) {
            return refuse("csrf-token-missing", "CSRF token missing",
                    "A request authenticated by the session cookie must send the form field csrf_token or the header X-CSRF-Token.");
        }
        if (!CsrfTokens.matches(CsrfTokens.forSession(sessions.get(0)), presented.get())) {
            Log.info("Refused a request whose CSRF token does not belong to its session");
            return refuse("csrf-token-invalid", "CSRF token invalid",
                    "The CSRF token does not belong to this session; reload the page and try again.");
        }
        return Optional.empty();
    }

    /** The header if sent, else the form field; none when either is sent twice. */
    private static Optional<String> presentedToken(ResteasyReactiveContainerRequestContext request) {
        List<String> headers = request.getHeaders().get(CsrfTokens.HEADER);
        if (headers != null && !headers.isEmpty()) {
            return headers.size() == 1 ? Optional.of(headers.get(0)) : Optional.empty();
        }
        // the plain ContainerRequestContext a filter may declare is a wrapper that hides the parsed form
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            FormData form = context.getFormData(); // null unless the body was a form
            Deque<FormValue> values = form == null ? null : form.get(CsrfTokens.FIELD);
            if (values != null && values.size() == 1 && !values.getFirst().isFileItem()) {
                return Optional.ofNullable(values.getFirst().getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Response> refuse(String type, String title, String detail) {
        return Optional.of(ProblemMappers.respond(Problem.of(type, title, 403, detail)));
    }
}
