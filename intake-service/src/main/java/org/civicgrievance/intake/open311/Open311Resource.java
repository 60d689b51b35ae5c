package org.civicgrievance.intake.open311;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;

import org.civicgrievance.intake.grievance.GrievanceResource;
import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.civicgrievance.platform.ratelimit.RateLimitedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) with FixMyStreet's
 * {@code servicerequestupdates} extension, each resource in {@code .xml} and {@code .json}.
 * Reading is public; submitting needs an {@code api_key}. Every error, whatever its cause, is
 * GeoReport's error array in the format the path asked for, never problem+json: the exception
 * mappers at the end of this class apply to this class only.
 */
@Path("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "The city's service requests for Open311 clients")
public class Open311Resource {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this API or the meaning of its service definitions last changed (discovery's changeset). */
    static final String CHANGESET = "2026-11-27T00:00:00+08:00";
    private static final String REQUESTS = "service_requests";
    private static final String REQUEST = "request";

    private final Open311Services services;
    private final Open311Submissions submissions;
    private final ServiceRequestFinder finder;
    private final Open311Writer writer;
    private final Open311Time time;
    private final Open311Config config;
    private final ClientRateLimiter rateLimiter;
    private final Clock clock;

    public Open311Resource(Open311Services services, Open311Submissions submissions, ServiceRequestFinder finder,
            Open311Writer writer, Open311Time time, Open311Config config, ClientRateLimiter rateLimiter, Clock clock) {
        this.services = services;
        this.submissions = submissions;
        this.finder = finder;
        this.writer = writer;
        this.time = time;
        this.config = config;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    @GET
    @Path("/discovery.{format}")
    @Operation(summary = "Open311 service discovery: the endpoint, its formats and how to get an API key")
    public Response discovery(@PathParam("format") String format, @Context UriInfo uri) {
        String url = config.endpointUrl().orElseGet(() -> uri.getBaseUriBuilder().path("open311/v2").build().toString());
        Discovery discovery = new Discovery(CHANGESET, config.contact(), config.keyService(),
                List.of(new Discovery.Endpoint(SPECIFICATION, url, CHANGESET, config.endpointType(),
                        List.of(Format.XML.type(), Format.JSON.type()))));
        return respond(Format.of(format), Response.Status.OK, "discovery", null, discovery, Language.ZH);
    }

    @GET
    @Path("/services.{format}")
    @Operation(summary = "The service list: categories of the published catalogue")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("locale") String locale, @Context HttpHeaders headers) {
        Format answer = Format.of(format);
        checkJurisdiction(jurisdiction);
        Language language = Language.of(locale, headers.getAcceptableLanguages());
        return respond(answer, Response.Status.OK, "services", "service", services.list(language), language);
    }

    @GET
    @Path("/services/{serviceCode}.{format: [^/.]+}")
    @Operation(summary = "A service definition: the category's questions as attributes")
    public Response serviceDefinition(@PathParam("serviceCode") String serviceCode, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("locale") String locale,
            @Context HttpHeaders headers) {
        Format answer = Format.of(format);
        checkJurisdiction(jurisdiction);
        Language language = Language.of(locale, headers.getAcceptableLanguages());
        return respond(answer, Response.Status.OK, "service_definition", null,
                services.definition(serviceCode, language), language);
    }

    /**
     * 200 with a one-element list, as the Swagger description of GeoReport v2 has it (not 201).
     * The raw form body and {@code queryApiKey} are parameters so that the idempotency fingerprint
     * covers what the client sent; the fields are read from {@link FormFields}.
     */
    @POST
    @Path("/requests.{format}")
    @Idempotent
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Submit a service request (form fields, api_key required)")
    public Response submit(@PathParam("format") String format, String body, @QueryParam("api_key") String queryApiKey,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Format answer = Format.of(format);
        FormFields form = FormFields.parse(body, uri.getQueryParameters());
        checkJurisdiction(form.value("jurisdiction_id"));
        Language language = Language.of(form.value("locale"), headers.getAcceptableLanguages());
        ServiceRequestReceipt receipt = submissions.submit(form, language);
        return respond(answer, Response.Status.OK, REQUESTS, REQUEST, List.of(receipt), language);
    }

    @GET
    @Path("/requests.{format}")
    @Operation(summary = "Service requests by id list, service, date range and status (90 days, 1000 at most)")
    public Response requests(@PathParam("format") String format, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        Format answer = Format.of(format);
        Map<String, List<String>> parameters = uri.getQueryParameters();
        Language language = queried(parameters, headers, http);
        RequestFilter filter = RequestFilter.parse(parameters, time, clock.instant(), config.query());
        return respond(answer, Response.Status.OK, REQUESTS, REQUEST, finder.find(filter, language), language);
    }

    @GET
    @Path("/requests/{serviceRequestId}.{format: [^/.]+}")
    @Operation(summary = "One service request")
    public Response request(@PathParam("serviceRequestId") String serviceRequestId, @PathParam("format") String format,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest http) {
        Format answer = Format.of(format);
        Language language = queried(uri.getQueryParameters(), headers, http);
        return respond(answer, Response.Status.OK, REQUESTS, REQUEST, List.of(finder.one(serviceRequestId, language)),
                language);
    }

    @GET
    @Path("/tokens/{token}.{format: [^/.]+}")
    @Operation(summary = "The service request a token stands for (a token is the case id POST requests returned)")
    public Response token(@PathParam("token") String token, @PathParam("format") String format, @Context UriInfo uri,
            @Context HttpHeaders headers, @Context HttpServerRequest http) {
        Format answer = Format.of(format);
        Language language = queried(uri.getQueryParameters(), headers, http);
        return respond(answer, Response.Status.OK, REQUESTS, REQUEST, List.of(finder.token(token)), language);
    }

    /**
     * FixMyStreet's extension: status changes in a date range, oldest first. Also (our own
     * addition) the whole history of the requests named by {@code service_request_id}.
     */
    @GET
    @Path("/servicerequestupdates.{format}")
    @Operation(summary = "Status changes of service requests (FixMyStreet's extension)")
    public Response updates(@PathParam("format") String format, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        Format answer = Format.of(format);
        Map<String, List<String>> parameters = uri.getQueryParameters();
        Language language = queried(parameters, headers, http);
        RequestFilter filter = RequestFilter.parse(parameters, time, clock.instant(), config.query());
        return respond(answer, Response.Status.OK, "service_request_updates", "request_update",
                finder.updates(filter, language), language);
    }

    /** The checks every public query of cases makes; returns the language to answer in. */
    private Language queried(Map<String, List<String>> parameters, HttpHeaders headers, HttpServerRequest http) {
        checkJurisdiction(first(parameters, "jurisdiction_id"));
        rateLimiter.acquire(config.queries(), GrievanceResource.client(http));
        return Language.of(first(parameters, "locale"), headers.getAcceptableLanguages());
    }

    private void checkJurisdiction(String given) {
        config.jurisdictionId().ifPresent(ours -> {
            if (given != null && !given.isBlank() && !ours.equalsIgnoreCase(given.strip())) {
                throw Open311Exception.notFound("jurisdiction_id", "is not served here (this endpoint serves " + ours + ")");
            }
        });
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private Response respond(Format format, Response.Status status, String root, String item, Object body,
            Language language) {
        return Response.status(status)
                .type(format.mediaType())
                .header("Content-Language", language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(writer.write(format, root, item, body))
                .build();
    }

    private Response errors(UriInfo uri, int status, List<Open311Error> errors) {
        Format format = Format.ofPath(uri.getPath());
        return Response.status(status).type(format.mediaType())
                .entity(writer.write(format, "errors", "error", errors)).build();
    }

    @ServerExceptionMapper
    public Response open311(Open311Exception e, UriInfo uri) {
        return errors(uri, e.status(), e.errors());
    }

    /** Refusals from shared code (rate limits, idempotency keys, the grievance service) in Open311's shape. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = e.problem();
        List<Open311Error> errors = problem.getErrors().isEmpty()
                ? List.of(new Open311Error(problem.getStatus(), problem.getDetail()))
                : problem.getErrors().stream()
                        .map(error -> Open311Error.of(problem.getStatus(), Open311Submissions.fieldName(error.field()),
                                error.message()))
                        .toList();
        Response response = errors(uri, problem.getStatus(), errors);
        return e instanceof RateLimitedException limited
                ? Response.fromResponse(response).header("Retry-After", limited.retryAfterSeconds()).build()
                : response;
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return errors(uri, status, List.of(new Open311Error(status, e.getResponse().getStatusInfo().getReasonPhrase())));
    }

    /** Last resort: logged for operators; the client learns nothing about internals. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Log.error("Unexpected failure of an Open311 request", e);
        return errors(uri, 500, List.of(new Open311Error(500,
                "The request could not be completed; nothing was saved. Please try again later.")));
    }
}
