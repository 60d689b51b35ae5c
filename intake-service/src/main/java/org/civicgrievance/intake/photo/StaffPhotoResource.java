package org.civicgrievance.intake.photo;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Residents' photos for the department handling the case, and for inspectors. */
@Path("/api/staff/cases/{caseId}/photos")
@Tag(name = "Staff-recorded cases")
public class StaffPhotoResource {

    private final PhotoService photos;
    private final CurrentStaff staff;

    public StaffPhotoResource(PhotoService photos, CurrentStaff staff) {
        this.photos = photos;
        this.staff = staff;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "List the photos of a case of one's department")
    public List<PhotoView> list(@PathParam("caseId") String caseId) {
        return photos.listForStaff(caseId, staff.member()).stream().map(PhotoView::of).toList();
    }

    @GET
    @Path("/{photoId}")
    @Produces({ "image/jpeg", "image/png", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "One photo of a case of one's department")
    public Response get(@PathParam("caseId") String caseId, @PathParam("photoId") String photoId) {
        return PhotoDownload.of(photos.findForStaff(caseId, photoId, staff.member()), photos);
    }
}
