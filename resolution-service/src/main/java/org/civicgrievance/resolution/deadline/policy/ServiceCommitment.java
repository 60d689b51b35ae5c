package org.civicgrievance.resolution.deadline.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrievance.resolution.calendar.TimeLimit;
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

    @Column(name = "claim_amount", nullable = false)
    private int claimAmount;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "claim_unit", length = 20, nullable = false)
    private TimeLimit.Unit claimUnit;

    @Column(name = "update_amount", nullable = false)
    private int updateAmount;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "update_unit", length = 20, nullable = false)
    private TimeLimit.Unit updateUnit;

    @Column(name = "resolution_amount", nullable = false)
    private int resolutionAmount;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "resolution_unit", length = 20, nullable = false)
    private TimeLimit.Unit resolutionUnit;

    @Column(name = "callback_amount", nullable = false)
    private int callbackAmount;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "callback_unit", length = 20, nullable = false)
    private TimeLimit.Unit callbackUnit;

    @Column(name = "reopened_amount", nullable = false)
    private int reopenedAmount;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "reopened_unit", length = 20, nullable = false)
    private TimeLimit.Unit reopenedUnit;

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
        this.claimAmount = (int) limits.claim().amount();
        this.claimUnit = limits.claim().unit();
        this.updateAmount = (int) limits.update().amount();
        this.updateUnit = limits.update().unit();
        this.resolutionAmount = (int) limits.resolution().amount();
        this.resolutionUnit = limits.resolution().unit();
        this.callbackAmount = (int) limits.callback().amount();
        this.callbackUnit = limits.callback().unit();
        this.reopenedAmount = (int) limits.reopened().amount();
        this.reopenedUnit = limits.reopened().unit();
        this.scopeZh = terms.scopeZh();
        this.scopeEn = terms.scopeEn();
        this.changedBy = by;
        this.changedAt = at;
    }

    public Terms terms() {
        return new Terms(tier, calendarCode, limits(), scopeZh, scopeEn);
    }

    public Limits limits() {
        return new Limits(new TimeLimit(claimAmount, claimUnit), new TimeLimit(updateAmount, updateUnit),
                new TimeLimit(resolutionAmount, resolutionUnit), new TimeLimit(callbackAmount, callbackUnit),
                new TimeLimit(reopenedAmount, reopenedUnit));
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
