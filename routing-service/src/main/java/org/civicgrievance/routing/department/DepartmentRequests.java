package org.civicgrievance.routing.department;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the department administration API. */
public final class DepartmentRequests {

    private DepartmentRequests() {
    }

    /** A new department; districts empty or absent: it serves the whole city. */
    public record NewDepartment(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "lower-case letters, digits and dashes") String code,
            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            @Size(max = 30) List<@NotNull @Pattern(regexp = "[^\\r\\n]{1,64}", message = "1 to 64 characters on one line") String> districts) {
    }

    /**
     * A change of names or districts.
     *
     * @param expectedVersion when given, the change is refused (409) unless the department is still at this version
     */
    public record DepartmentChange(
            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            @Size(max = 30) List<@NotNull @Pattern(regexp = "[^\\r\\n]{1,64}", message = "1 to 64 characters on one line") String> districts,
            Integer expectedVersion) {
    }

    public record DepartmentView(String code, String nameZh, String nameEn, List<String> districts, boolean active,
            int version, String changedBy, java.time.Instant changedAt) {

        static DepartmentView of(Department d) {
            return new DepartmentView(d.getCode(), d.getNameZh(), d.getNameEn(), d.getDistricts(), d.isActive(),
                    d.getVersion(), d.getChangedBy(), d.getChangedAt());
        }

        static DepartmentView of(DepartmentVersion v) {
            return new DepartmentView(v.getKey().code(), v.getNameZh(), v.getNameEn(), v.getDistricts(), v.isActive(),
                    v.getKey().version(), v.getChangedBy(), v.getChangedAt());
        }
    }
}
