package org.civicgrievance.routing.department;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments")
public class DepartmentResource {

    private final DepartmentRepository departments;

    public DepartmentResource(DepartmentRepository departments) {
        this.departments = departments;
    }

    public record DepartmentView(String code, String nameZh, String nameEn) {
    }

    /** Public: residents and the transparency page may know which departments exist. */
    @GET
    public List<DepartmentView> list() {
        return departments.listActive().stream()
                .map(d -> new DepartmentView(d.getCode(), d.getNameZh(), d.getNameEn()))
                .toList();
    }
}
