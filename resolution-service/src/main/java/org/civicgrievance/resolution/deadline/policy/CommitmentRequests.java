package org.civicgrievance.resolution.deadline.policy;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicgrievance.resolution.calendar.TimeLimit;

/** Bodies of the service-commitment API. */
public final class CommitmentRequests {

    static final String CODE = "\\*|[a-z0-9][a-z0-9-]{0,63}";

    private CommitmentRequests() {
    }

    public record LimitBody(@NotNull @Min(1) @Max(100_000) Integer amount, @NotNull TimeLimit.Unit unit) {

        public TimeLimit limit() {
            return new TimeLimit(amount, unit);
        }

        public static LimitBody of(TimeLimit limit) {
            return new LimitBody((int) limit.amount(), limit.unit());
        }
    }

    /**
     * A commitment as an administrator writes it.
     *
     * @param department      department code, or {@code *} for the city-wide defaults; fixed once created
     * @param category        category code; null or blank for the department's default; fixed once created
     * @param expectedVersion on a change: refused (409) unless the commitment is still at this version
     */
    public record CommitmentRequest(
            @NotBlank @Pattern(regexp = CODE) String department,
            @Pattern(regexp = "|[a-z0-9][a-z0-9-]{0,63}") String category,
            @NotNull ServiceTier tier,
            @NotBlank @Size(max = 32) String calendar,
            @NotNull @Valid LimitBody claim,
            @NotNull @Valid LimitBody update,
            @NotNull @Valid LimitBody resolution,
            @NotNull @Valid LimitBody callback,
            @NotNull @Valid LimitBody reopened,
            @Size(max = 500) String scopeZh,
            @Size(max = 500) String scopeEn,
            Integer expectedVersion) {

        ServiceCommitment.Terms terms() {
            return new ServiceCommitment.Terms(tier, calendar.strip(), new Limits(claim.limit(), update.limit(),
                    resolution.limit(), callback.limit(), reopened.limit()), blankToNull(scopeZh), blankToNull(scopeEn));
        }

        String categoryOrNull() {
            return blankToNull(category);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    public record CommitmentView(long id, int version, String department, String category, ServiceTier tier,
            String calendar, LimitBody claim, LimitBody update, LimitBody resolution, LimitBody callback,
            LimitBody reopened, String scopeZh, String scopeEn, String changedBy, Instant changedAt) {

        static CommitmentView of(ServiceCommitment c) {
            Limits l = c.limits();
            return new CommitmentView(c.getId(), c.getVersion(), c.getDepartment(), c.getCategory(), c.getTier(),
                    c.getCalendarCode(), LimitBody.of(l.claim()), LimitBody.of(l.update()),
                    LimitBody.of(l.resolution()), LimitBody.of(l.callback()), LimitBody.of(l.reopened()),
                    c.getScopeZh(), c.getScopeEn(), c.getChangedBy(), c.getChangedAt());
        }
    }

    /**
     * What the public reads: the promise in plain words in both languages.
     *
     * @param category null: every category of the department without a commitment of its own
     * @param cityWide true when the department has published nothing of its own for it: the city's default applies
     */
    public record PublishedCommitment(String department, String category, boolean cityWide, ServiceTier tier,
            String calendar, String promiseZh, String promiseEn, String scopeZh, String scopeEn,
            LimitBody claim, LimitBody resolution, LimitBody callback) {

        static PublishedCommitment of(ServiceCommitment c, String department) {
            Limits l = c.limits();
            return new PublishedCommitment(department, c.getCategory(),
                    ServiceCommitment.CITY_WIDE.equals(c.getDepartment()), c.getTier(), c.getCalendarCode(),
                    CommitmentWords.zh(l), CommitmentWords.en(l), c.getScopeZh(), c.getScopeEn(),
                    LimitBody.of(l.claim()), LimitBody.of(l.resolution()), LimitBody.of(l.callback()));
        }
    }
}
