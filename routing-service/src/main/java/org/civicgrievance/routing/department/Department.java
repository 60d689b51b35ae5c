package org.civicgrievance.routing.department;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicgrievance.routing.rule.LinesConverter;

/**
 * A government department that can own cases. Every change makes a new {@link DepartmentVersion};
 * this row is the current one, which routing reads.
 */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "name_zh", length = 100, nullable = false)
    private String nameZh;

    @Column(name = "name_en", length = 100, nullable = false)
    private String nameEn;

    /** Districts served; empty: the whole city. */
    @Convert(converter = LinesConverter.class)
    @Column(length = 2000)
    private List<String> districts;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int version;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Department() {
    }

    public Department(String code, String nameZh, String nameEn, List<String> districts, String author, Instant at) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.districts = List.copyOf(districts);
        this.active = true;
        this.version = 1;
        this.changedBy = author;
        this.changedAt = at;
    }

    /** @return whether anything changed (and so a new version exists) */
    public boolean change(String nameZh, String nameEn, List<String> districts, String author, Instant at) {
        if (this.nameZh.equals(nameZh) && this.nameEn.equals(nameEn) && getDistricts().equals(districts)) {
            return false;
        }
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.districts = List.copyOf(districts);
        return newVersion(author, at);
    }

    /** @return whether anything changed: (de)activating twice makes no second version */
    public boolean setActive(boolean active, String author, Instant at) {
        if (this.active == active) {
            return false;
        }
        this.active = active;
        return newVersion(author, at);
    }

    private boolean newVersion(String author, Instant at) {
        this.version++;
        this.changedBy = author;
        this.changedAt = at;
        return true;
    }

    /** Whether cases of this district (null when unknown) may be placed here. */
    public boolean accepts(String district) {
        return active && (getDistricts().isEmpty() || getDistricts().contains(district));
    }

    public String getCode() {
        return code;
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

    public int getVersion() {
        return version;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
