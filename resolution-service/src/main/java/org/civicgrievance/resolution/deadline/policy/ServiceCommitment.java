package org.civicgrievance.resolution.deadline.policy;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrievance.resolution.deadline.LimitColumns;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A department's published service commitment 承诺服务 for a category (or for all its categories):
 * the calendar and the limits every case of that category is held to. Versioned: two
 * administrators editing at once cannot overwrite each other unseen.
 */
@Entity
@Table(name = "service_commitment")
public class ServiceCommitment {

    /** The department code of the city-wide defaults. */
    public static final String CITY_WIDE = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 64, nullable = false, updatable = false)
    private String department;

    /** Empty for the department's default (a unique key cannot hold NULL as one value). */
    @Column(length = 64, nullable = false, updatable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false)
    private ServiceTier tier;

    @Column(name = "calendar_code", length = 32, nullable = false)
    private String calendarCode;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "claim_amount"))
    @AttributeOverride(name = "unit", column = @Column(name = "claim_unit"))
    private LimitColumns claim;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "update_amount"))
    @AttributeOverride(name = "unit", column = @Column(name = "update_unit"))
    private LimitColumns update;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "resolution_amount"))
    @AttributeOverride(name = "unit", column = @Column(name = "resolution_unit"))
    private LimitColumns resolution;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "callback_amount"))
    @AttributeOverride(name = "unit", column = @Column(name = "callback_unit"))
    private LimitColumns callback;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "reopened_amount"))
    @AttributeOverride(name = "unit", column = @Column(name = "reopened_unit"))
    private LimitColumns reopened;

    @Column(name = "scope_zh", length = 500)
    private String scopeZh;

    @Column(name = "scope_en", length = 500)
    private String scopeEn;

    @Column(name = "changed_by", length = 64, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected ServiceCommitment() {
    }

    /** What an administrator states; the department and category are fixed once created. */
    public record Terms(ServiceTier tier, String calendarCode, Limits limits, String scopeZh, String scopeEn) {
    }

    public ServiceCommitment(String department, String category, Terms terms, String by, Instant at) {
        this.department = department;
        this.category = category == null ? "" : category;
        apply(terms, by, at);
    }

    /** @return whether anything changed (an identical body makes no new version) */
    public boolean change(Terms terms, String by, Instant at) {
        if (terms.equals(terms())) {
            return false;
        }
        apply(terms, by, at);
        return true;
    }

    private void apply(Terms terms, String by, Instant at) {
        Limits limits = terms.limits();
        this.tier = terms.tier();
        this.calendarCode = terms.calendarCode();
        this.claim = LimitColumns.of(limits.claim());
        this.update = LimitColumns.of(limits.update());
        this.resolution = LimitColumns.of(limits.resolution());
        this.callback = LimitColumns.of(limits.callback());
        this.reopened = LimitColumns.of(limits.reopened());
        this.scopeZh = terms.scopeZh();
        this.scopeEn = terms.scopeEn();
        this.changedBy = by;
        this.changedAt = at;
    }

    public Terms terms() {
        return new Terms(tier, calendarCode, limits(), scopeZh, scopeEn);
    }

    public Limits limits() {
        return new Limits(claim.limit(), update.limit(), resolution.limit(), callback.limit(), reopened.limit());
    }

    public Long getId() {
        return id;
    }

    public String getDepartment() {
        return department;
    }

    /** Null for the department's default. */
    public String getCategory() {
        return category.isEmpty() ? null : category;
    }

    public ServiceTier getTier() {
        return tier;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public String getScopeZh() {
        return scopeZh;
    }

    public String getScopeEn() {
        return scopeEn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public int getVersion() {
        return version;
    }
}
