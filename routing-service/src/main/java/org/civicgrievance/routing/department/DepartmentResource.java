package org.civicgrievance.routing.department;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.routing.department.DepartmentRequests.DepartmentChange;
import org.civicgrievance.routing.department.DepartmentRequests.DepartmentView;
import org.civicgrievance.routing.department.DepartmentRequests.NewDepartment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments")
public class DepartmentResource {

    private final DepartmentRepository departments;
    private final DepartmentAdministration administration;
    private final CurrentStaff staff;

    public DepartmentResource(DepartmentRepository departments, DepartmentAdministration administration,
            CurrentStaff staff) {
        this.departments = departments;
        this.administration = administration;
        this.staff = staff;
    }

    public record PublicDepartmentView(String code, String nameZh, String nameEn, List<String> districts) {
    }

    /** Public: residents and the transparency page may know which departments exist. */
    @GET
    public List<PublicDepartmentView> list() {
        return departments.listActive().stream()
                .map(d -> new PublicDepartmentView(d.getCode(), d.getNameZh(), d.getNameEn(), d.getDistricts()))
                .toList();
    }

    @GET
    @Path("/all")
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Every department, inactive ones too, at its current version")
    public List<DepartmentView> all() {
        return administration.all();
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Every version of a department, oldest first, with who changed it and when")
    public List<DepartmentView> versions(@PathParam("code") String code) {
        return administration.history(code);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a department (version 1)")
    public Response create(@NotNull @Valid NewDepartment request) {
        DepartmentView created = administration.create(request, staff.member());
        return Response.created(URI.create("/api/departments/" + created.code() + "/versions")).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change names or districts: a new version; an identical body changes nothing")
    public DepartmentView change(@PathParam("code") String code, @NotNull @Valid DepartmentChange request) {
        return administration.change(code, request, staff.member());
    }

    @POST
    @Path("/{code}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Deactivate: its rules place no more cases; deactivating twice changes nothing")
    public DepartmentView deactivate(@PathParam("code") String code) {
        return administration.setActive(code, false, staff.member());
    }

    @POST
    @Path("/{code}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reactivate a deactivated department")
    public DepartmentView activate(@PathParam("code") String code) {
        return administration.setActive(code, true, staff.member());
    }
}
