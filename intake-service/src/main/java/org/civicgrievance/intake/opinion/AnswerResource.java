package org.civicgrievance.intake.opinion;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;

import org.civicgrievance.intake.grievance.GrievanceResource;
import org.civicgrievance.intake.grievance.PublicLimits;
import org.civicgrievance.intake.grievance.SubmissionReceipt;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest;
import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone answers an open form, without an account; an answer can become a case. Limited per client address. */
@Path("/api/opinion-forms/{formId}/answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opinion form answers", description = "Answering a form, and turning an answer into a case")
public class AnswerResource {

    static final String ANSWER_CODE_HEADER = "X-Answer-Code";

    private final AnswerService service;
    private final CurrentStaff staff;
    private final ClientRateLimiter rateLimiter;
    private final PublicLimits limits;

    public AnswerResource(AnswerService service, CurrentStaff staff, ClientRateLimiter rateLimiter, PublicLimits limits) {
        this.service = service;
        this.staff = staff;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer an open form; the receipt's answer code is shown only this once")
    @APIResponse(responseCode = "201", description = "stored; keep the answer code to turn the answer into a case later")
    @APIResponse(responseCode = "400", description = "wrong answers, each named as answers[question id]")
    @APIResponse(responseCode = "409", description = "the form is not taking answers (a draft, not yet open, or closed)")
    public Response answer(@PathParam("formId") String formId, @NotNull @Valid AnswerRequest request,
            @Context HttpServerRequest http) {
        rateLimiter.acquire(limits.answerLimit(), GrievanceResource.client(http));
        AnswerReceipt receipt = service.answer(formId, request.answers());
        return Response.created(URI.create("/api/opinion-forms/" + formId + "/answers/" + receipt.answerId()))
                .entity(receipt).build();
    }

    @GET
    @Path("/{answerId}")
    @Operation(summary = "Read one's own answer with its answer code, and the tracking number of the case it became")
    @APIResponse(responseCode = "404", description = "no answer with this id and answer code")
    public OwnAnswerView ownAnswer(@PathParam("formId") String formId, @PathParam("answerId") String answerId,
            @Parameter(in = ParameterIn.HEADER, name = ANSWER_CODE_HEADER) @HeaderParam(ANSWER_CODE_HEADER) String answerCode,
            @Context HttpServerRequest http) {
        // counted before anything is checked, so wrong guesses cost as much as right ones
        rateLimiter.acquire(limits.lookUpLimit(), GrievanceResource.client(http));
        requireCode(answerCode);
        return service.ownAnswer(formId, answerId, answerCode);
    }

    @POST
    @Idempotent
    @Path("/{answerId}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn an answer into a case: by its respondent with the answer code, or by an operator with a staff token",
            description = "The body is a case as for POST /api/cases; without a title the case takes the form's title.")
    @APIResponse(responseCode = "201", description = "the case's receipt, with its tracking number and access code (shown only this once)")
    @APIResponse(responseCode = "404", description = "no answer with this id (and answer code)")
    @APIResponse(responseCode = "409", description = "the answer is a case already; the respondent is told its tracking number")
    public Response makeCase(@PathParam("formId") String formId, @PathParam("answerId") String answerId,
            @Parameter(in = ParameterIn.HEADER, name = ANSWER_CODE_HEADER) @HeaderParam(ANSWER_CODE_HEADER) String answerCode,
            @NotNull @Valid SubmitGrievanceRequest request, @Context HttpHeaders headers, @Context HttpServerRequest http) {
        SubmissionReceipt receipt;
        // the token is read from the context, not as a parameter: an Idempotency-Key retry with a
        // refreshed token is still the same request
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            StaffMember member = staff.member();
            if (!member.has(Roles.OPERATOR)) {
                throw new ForbiddenException();
            }
            receipt = service.caseByOperator(formId, answerId, member.id(), request);
        } else {
            rateLimiter.acquire(limits.answerLimit(), GrievanceResource.client(http));
            requireCode(answerCode);
            receipt = service.caseByRespondent(formId, answerId, answerCode, request);
        }
        return Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(receipt).build();
    }

    private static void requireCode(String answerCode) {
        if (answerCode == null || answerCode.isBlank()) {
            throw ProblemException.invalidField(ANSWER_CODE_HEADER, "must be the answer code you received with your answer");
        }
    }
}
