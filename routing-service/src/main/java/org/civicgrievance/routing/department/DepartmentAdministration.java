package org.civicgrievance.routing.department;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.routing.department.DepartmentRequests.DepartmentChange;
import org.civicgrievance.routing.department.DepartmentRequests.DepartmentView;
import org.civicgrievance.routing.department.DepartmentRequests.NewDepartment;
import org.civicgrievance.routing.rule.RulesChanged;

/** Administrators create, change, deactivate and reactivate departments; each change is a new, audited version. */
@ApplicationScoped
public class DepartmentAdministration {

    static final String CHANGED = "DEPARTMENT_CHANGED";

    private final DepartmentRepository departments;
    private final DepartmentVersionRepository versions;
    private final AuditEvents audit;
    private final Event<RulesChanged> rulesChanged;
    private final Clock clock;

    public DepartmentAdministration(DepartmentRepository departments, DepartmentVersionRepository versions,
            AuditEvents audit, Event<RulesChanged> rulesChanged, Clock clock) {
        this.departments = departments;
        this.versions = versions;
        this.audit = audit;
        this.rulesChanged = rulesChanged;
        this.clock = clock;
    }

    @Transactional
    public DepartmentView create(NewDepartment request, StaffMember admin) {
        if (departments.findByIdOptional(request.code()).isPresent()) {
            throw new ProblemException("department-exists", "Department exists", 409,
                    "A department with code " + request.code() + " exists already; change it instead.");
        }
        Department department = new Department(request.code(), request.nameZh().strip(), request.nameEn().strip(),
                districts(request.districts()), admin.id(), clock.instant());
        departments.persist(department);
        recorded(department, admin, "created");
        return DepartmentView.of(department);
    }

    @Transactional
    public DepartmentView change(String code, DepartmentChange request, StaffMember admin) {
        Department department = forChange(code, request.expectedVersion());
        if (department.change(request.nameZh().strip(), request.nameEn().strip(), districts(request.districts()),
                admin.id(), clock.instant())) {
            recorded(department, admin, "changed");
        }
        return DepartmentView.of(department);
    }

    @Transactional
    public DepartmentView setActive(String code, boolean active, StaffMember admin) {
        Department department = forChange(code, null);
        if (department.setActive(active, admin.id(), clock.instant())) {
            recorded(department, admin, active ? "reactivated" : "deactivated");
        }
        return DepartmentView.of(department);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentView> history(String code) {
        List<DepartmentView> history = versions.historyOf(code).stream().map(DepartmentView::of).toList();
        if (history.isEmpty()) {
            throw ProblemException.notFound("Department " + code);
        }
        return history;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentView> all() {
        return departments.listAll().stream().map(DepartmentView::of).toList();
    }

    private Department forChange(String code, Integer expectedVersion) {
        Department department = departments.findForChange(code)
                .orElseThrow(() -> ProblemException.notFound("Department " + code));
        if (expectedVersion != null && expectedVersion != department.getVersion()) {
            throw new ProblemException("version-conflict", "Changed in the meantime", 409,
                    "Department %s is at version %d, not %d: reload it and decide again."
                            .formatted(code, department.getVersion(), expectedVersion));
        }
        return department;
    }

    private void recorded(Department department, StaffMember admin, String what) {
        versions.persist(DepartmentVersion.of(department));
        int version = department.getVersion();
        audit.recordOutsideCase("department:" + department.getCode(), UUID.randomUUID().toString().replace("-", ""),
                admin.id(), admin.primaryRole(), CHANGED, version == 1 ? null : "v" + (version - 1), "v" + version,
                "department %s %s: %s / %s, districts %s, %s".formatted(department.getCode(), what,
                        department.getNameZh(), department.getNameEn(),
                        department.getDistricts().isEmpty() ? "whole city" : String.join(", ", department.getDistricts()),
                        department.isActive() ? "active" : "inactive"));
        rulesChanged.fire(new RulesChanged("department " + department.getCode()));
        Log.infof("Department %s %s by %s: now version %d", department.getCode(), what, admin.id(), version);
    }

    private static List<String> districts(List<String> districts) {
        return districts == null ? List.of() : districts.stream().map(String::strip).distinct().toList();
    }
}
