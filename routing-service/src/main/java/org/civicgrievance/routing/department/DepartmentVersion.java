package org.civicgrievance.routing.department;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.civicgrievance.routing.rule.LinesConverter;

/** A department as one change left it; never changed afterwards. */
@Entity
@Table(name = "department_version")
public class DepartmentVersion {

    @Embeddable
    public record Key(@Column(length = 64, nullable = false) String code, @Column(nullable = false) int version) {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "name_zh", length = 100, nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", length = 100, nullable = false, updatable = false)
    private String nameEn;

    @Convert(converter = LinesConverter.class)
    @Column(length = 2000, updatable = false)
    private List<String> districts;

    @Column(nullable = false, updatable = false)
    private boolean active;

    @Column(name = "changed_by", length = 100, nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected DepartmentVersion() {
    }

    static DepartmentVersion of(Department department) {
        DepartmentVersion v = new DepartmentVersion();
        v.key = new Key(department.getCode(), department.getVersion());
        v.nameZh = department.getNameZh();
        v.nameEn = department.getNameEn();
        v.districts = department.getDistricts();
        v.active = department.isActive();
        v.changedBy = department.getChangedBy();
        v.changedAt = department.getChangedAt();
        return v;
    }

    public Key getKey() {
        return key;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public List<String> getDistricts() {
        return districts == null ? List.of() : districts;
    }

    public boolean isActive() {
        return active;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
