package org.civicgrievance.routing.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A government department that can own cases. */
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

    @Column(nullable = false)
    private boolean active;

    protected Department() {
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

    public boolean isActive() {
        return active;
    }
}
