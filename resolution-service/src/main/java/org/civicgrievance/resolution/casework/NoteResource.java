package org.civicgrievance.resolution.casework;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.validation.MaxCharacters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Handlers' notes on a case: internal ones for staff, visible ones also for the resident. */
@Path("/api/cases/{caseId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class NoteResource {

    /** @param visibleToResident false (the default) keeps the note inside resolution */
    public record NoteRequest(@NotBlank @MaxCharacters(2000) String text, boolean visibleToResident) {
    }

    /** @param statusSequence the position in the resident's history of the case; null for an internal note */
    public record NoteView(long id, CaseNote.Kind kind, String text, boolean visibleToResident, Integer statusSequence,
            String author, String authorRole, Instant writtenAt) {

        static NoteView of(CaseNote note) {
            return new NoteView(note.getId(), note.getKind(), note.getText(), note.isVisibleToResident(),
                    note.getStatusSequence(), note.getAuthor(), note.getAuthorRole(), note.getWrittenAt());
        }
    }

    private final CaseworkService casework;
    private final CurrentStaff staff;

    public NoteResource(CaseworkService casework, CurrentStaff staff) {
        this.casework = casework;
        this.staff = staff;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Write a note: internal, or visible to the resident (the holder or a supervisor, while the case is handled)")
    public Response add(@PathParam("caseId") String caseId, @NotNull @Valid NoteRequest request) {
        CaseNote note = casework.addNote(caseId, request.text().strip(), request.visibleToResident(), staff.member());
        return Response.status(Response.Status.CREATED).entity(NoteView.of(note)).build();
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Every note on the case, oldest first: the question and resolution notes too")
    public List<NoteView> list(@PathParam("caseId") String caseId) {
        return casework.notes(caseId, staff.member()).stream().map(NoteView::of).toList();
    }
}
