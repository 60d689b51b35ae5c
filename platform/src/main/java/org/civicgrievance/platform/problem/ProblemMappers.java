package org.civicgrievance.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.civicgrievance.platform.ratelimit.RateLimitedException;
import org.civicgrievance.platform.security.web.PageLanguage;
import org.civicgrievance.platform.security.web.StaffPages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Every error a client can cause becomes RFC 9457 problem+json naming the field at fault.
 * Nothing here echoes exception class names or stack traces back to the caller.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.fromResponse(respond(e.problem())).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldViolation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldViolation::field));
        return respond(Problem.invalid(errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonParseException e) {
        return respond(Problem.of("malformed-body", "The request body is not valid JSON", 400,
                "The body could not be parsed as JSON near line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + "."));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        String field = pathOf(e);
        String message = e instanceof InvalidFormatException invalid
                ? "has a value that is not allowed here: " + describe(invalid.getValue())
                : "has the wrong type";
        return respond(Problem.invalid(List.of(new Problem.FieldViolation(field.isEmpty() ? "body" : field, message))));
    }

    @ServerExceptionMapper(priority = 2)
    public Response mapping(JsonMappingException e) {
        String field = pathOf(e);
        return respond(Problem.invalid(List.of(new Problem.FieldViolation(field.isEmpty() ? "body" : field, "cannot be read"))));
    }

    /**
     * No token, an expired or forged one: the same answer, so nothing is learnt from the difference.
     * A staff page sends the browser to the sign-in form instead.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        if (StaffPages.isPage(uri.getPath())) {
            return StaffPages.signInRedirect(PageLanguage.of(uri.getQueryParameters().getFirst(PageLanguage.PARAMETER)));
        }
        Response response = respond(Problem.of("unauthenticated", "Sign in first", 401,
                "This needs a valid staff bearer token."));
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of("forbidden", "Not allowed for your role", 403,
                "Your role does not allow this action."));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonParseException unparsable) {
            // Quarkus REST wraps syntax errors of a JSON body in a plain 400
            return unreadable(unparsable);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "No resource here." : status.getReasonPhrase() + ".";
        return respond(Problem.of(slug(status.getReasonPhrase()), status.getReasonPhrase(), status.getStatusCode(), detail));
    }

    /** Last resort: the cause is logged for operators, the client learns nothing about internals. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (isConcurrentChange(e)) {
            // two requests changed the same row at once (optimistic locking); the loser changed nothing
            return respond(Problem.of("concurrent-change", "Changed at the same time by someone else", 409,
                    "Someone changed this at the same moment. Nothing of your request was saved; reload and try again."));
        }
        Log.error("Unexpected failure while handling a request", e);
        return respond(Problem.of("internal", "Internal error", 500,
                "The request could not be completed. Nothing was saved; please try again later."));
    }

    /** Lost an optimistic-lock race, however deep the transaction manager wrapped it. */
    static boolean isConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Bean Validation paths start with the method and parameter name; the client only knows the body's fields. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String slug(String reason) {
        return reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
