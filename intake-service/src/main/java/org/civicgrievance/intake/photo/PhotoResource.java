package org.civicgrievance.intake.photo;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

import org.civicgrievance.intake.grievance.GrievanceResource;
import org.civicgrievance.intake.grievance.PublicLimits;
import org.civicgrievance.intake.grievance.ResidentAccess;
import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The resident's photos of their own case. */
@Path("/api/cases/{trackingNumber}/photos")
@Tag(name = "Cases")
public class PhotoResource {

    private final PhotoService photos;
    private final ClientRateLimiter rateLimiter;
    private final PublicLimits limits;

    public PhotoResource(PhotoService photos, ClientRateLimiter rateLimiter, PublicLimits limits) {
        this.photos = photos;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a photo (JPEG or PNG, at most 5 MB, at most 5 per case) to one's open case")
    public Response add(@PathParam("trackingNumber") String trackingNumber,
            @HeaderParam(ResidentAccess.ACCESS_CODE_HEADER) String accessCode,
            @RestForm("photo") FileUpload photo, @Context HttpServerRequest http) {
        rateLimiter.acquire(limits.submissionLimit(), GrievanceResource.client(http));
        if (photo == null) {
            throw ProblemException.invalidField("photo", "must be a JPEG or PNG file in the form field \"photo\"");
        }
        Photo added = photos.add(trackingNumber, accessCode, photo.uploadedFile(), photo.size());
        return Response.created(URI.create("/api/cases/" + trackingNumber + "/photos/" + added.getId()))
                .entity(PhotoView.of(added)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the photos of one's own case")
    public List<PhotoView> list(@PathParam("trackingNumber") String trackingNumber,
            @HeaderParam(ResidentAccess.ACCESS_CODE_HEADER) String accessCode, @Context HttpServerRequest http) {
        rateLimiter.acquire(limits.lookUpLimit(), GrievanceResource.client(http));
        return photos.listForResident(trackingNumber, accessCode).stream().map(PhotoView::of).toList();
    }

    @GET
    @Path("/{photoId}")
    @Produces({ "image/jpeg", "image/png", MediaType.APPLICATION_JSON })
    @Operation(summary = "One photo of one's own case")
    public Response get(@PathParam("trackingNumber") String trackingNumber, @PathParam("photoId") String photoId,
            @HeaderParam(ResidentAccess.ACCESS_CODE_HEADER) String accessCode, @Context HttpServerRequest http) {
        rateLimiter.acquire(limits.lookUpLimit(), GrievanceResource.client(http));
        return PhotoDownload.of(photos.findForResident(trackingNumber, accessCode, photoId), photos);
    }
}
