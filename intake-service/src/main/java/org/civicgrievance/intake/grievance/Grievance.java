package org.civicgrievance.intake.grievance;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A resident's case as intake holds it: the submission as sent, the secret that opens it, and
 * the public status that resolution reports back.
 */
@Entity
@Table(name = "grievance")
public class Grievance {

    public static final String INITIAL_STATUS = "SUBMITTED";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tracking_number", length = 20, nullable = false, unique = true, updatable = false)
    private String trackingNumber;

    @Column(name = "access_code_hash", length = 64, nullable = false, updatable = false)
    private String accessCodeHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false, updatable = false)
    private GrievanceKind kind;

    @Column(length = 64, nullable = false, updatable = false)
    private String category;

    @Column(length = 200, updatable = false)
    private String title;

    @Column(length = 5000, nullable = false, updatable = false)
    private String description;

    @Embedded
    private Location location;

    @Convert(converter = AttributesConverter.class)
    @Column(columnDefinition = "TEXT", updatable = false)
    private Map<String, Object> attributes;

    @Embedded
    private Contact contact;

    /** Contact kept for intake's own call-backs but never passed to departments. */
    @Column(nullable = false, updatable = false)
    private boolean anonymous;

    @Convert(converter = GreenChannelConverter.class)
    @Column(name = "green_channel", length = 64, updatable = false)
    private Set<GreenChannelReason> greenChannel;

    @Column(name = "preferred_language", length = 5, nullable = false, updatable = false)
    private String preferredLanguage;

    @Column(name = "likely_duplicate_of", length = 36, updatable = false)
    private String likelyDuplicateOf;

    /**
     * What later submissions find this case by in the duplicate search ({@link AddressKey},
     * {@link NearbyPlaces#cell}); set only on the first case of a chain, the only kind compared, so
     * a storm of repeats adds nothing for later searches to skip.
     */
    @Column(name = "address_key", length = 16, updatable = false)
    private String addressKey;

    @Column(name = "geo_cell", updatable = false)
    private Long geoCell;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "recorded_by", length = 64, updatable = false)
    private String recordedBy;

    @Column(length = 32, nullable = false)
    private String status;

    @Column(name = "status_text_zh", length = 200, nullable = false)
    private String statusTextZh;

    @Column(name = "status_text_en", length = 200, nullable = false)
    private String statusTextEn;

    /** Position of the last applied status change: an older, late-delivered change is ignored. */
    @Column(name = "status_sequence", nullable = false)
    private int statusSequence;

    /** The status position of the last resolution the resident rated. */
    @Column(name = "rated_round", nullable = false)
    private int ratedRound;

    @Column(length = 64)
    private String department;

    /** When the department is due to resolve the case, as resolution last reported it; null when no limit runs. */
    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    /** The due time rests on provisional holidays (beyond the calendar's horizon) and may still move. */
    @Column(name = "resolution_due_provisional", nullable = false)
    private boolean resolutionDueProvisional;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "trace_id", length = 32, nullable = false, updatable = false)
    private String traceId;

    /**
     * The case this part was split from by a dispatcher; null for a case the resident submitted. A
     * part copies the original's submission and access code hash: the resident opens it with the
     * original's code, and sees it listed under the original.
     */
    @Column(name = "split_from", length = 36, updatable = false)
    private String splitFrom;

    @Version
    private long version;

    protected Grievance() {
    }

    private Grievance(String id, String trackingNumber, String accessCodeHash, Submission submission, Channel channel,
            String recordedBy, String likelyDuplicateOf, Instant now, String traceId) {
        this.id = id;
        this.trackingNumber = trackingNumber;
        this.accessCodeHash = accessCodeHash;
        this.kind = submission.kind();
        this.category = submission.category();
        this.title = submission.title();
        this.description = submission.description();
        this.location = submission.location();
        this.attributes = submission.attributes();
        this.contact = submission.contact();
        this.anonymous = submission.anonymous();
        this.greenChannel = submission.greenChannel();
        this.preferredLanguage = submission.preferredLanguage();
        this.likelyDuplicateOf = likelyDuplicateOf;
        if (likelyDuplicateOf == null) {
            this.addressKey = AddressKey.of(location.address());
            this.geoCell = NearbyPlaces.cell(location.latitude(), location.longitude());
        }
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.status = INITIAL_STATUS;
        this.statusTextZh = StatusText.SUBMITTED.zh();
        this.statusTextEn = StatusText.SUBMITTED.en();
        this.statusSequence = 0;
        this.submittedAt = now;
        this.updatedAt = now;
        this.traceId = traceId;
    }

    /** What the resident sent, already validated; attributes are the category's answers, normalised. */
    public record Submission(GrievanceKind kind, String category, String title, String description, Location location,
            Map<String, Object> attributes, Contact contact, boolean anonymous, Set<GreenChannelReason> greenChannel,
            String preferredLanguage) {

        public Submission {
            attributes = Map.copyOf(attributes);
            greenChannel = greenChannel.isEmpty() ? EnumSet.noneOf(GreenChannelReason.class) : EnumSet.copyOf(greenChannel);
        }
    }

    /**
     * @param recordedBy        the operator who recorded it on the resident's behalf, or null when
     *                          the resident submitted it themselves
     * @param likelyDuplicateOf the earlier case this one probably repeats, or null
     */
    public static Grievance accept(String id, String trackingNumber, String accessCode, Submission submission,
            Channel channel, String recordedBy, String likelyDuplicateOf, Instant now, String traceId) {
        return new Grievance(id, trackingNumber, AccessCode.hash(id, accessCode), submission, channel, recordedBy,
                likelyDuplicateOf, now, traceId);
    }

    /**
     * A part of a split case, as resolution first reported it: the original's submission, under the
     * part's own case id and tracking number, opened with the original's access code.
     */
    public static Grievance partOf(Grievance original, String partId, String partTrackingNumber, Instant now) {
        Submission submission = new Submission(original.kind, original.category, original.title, original.description,
                original.location, original.getAttributes(), original.contact, original.anonymous,
                original.getGreenChannel(), original.preferredLanguage);
        Grievance part = new Grievance(partId, partTrackingNumber, original.accessCodeHash, submission, original.channel,
                original.recordedBy, null, original.submittedAt, original.traceId);
        part.splitFrom = original.id;
        part.addressKey = null; // a repeat links to the original the resident knows, never to a part
        part.geoCell = null;
        part.updatedAt = now;
        return part;
    }

    /**
     * The original of a split case: resolution never reports on it again (its parts carry on), so
     * intake gives it this status itself, counting the parts it has heard of.
     */
    public static final String SPLIT = "SPLIT";

    /**
     * Records that the case was split between {@code parts} departments, as a status position of
     * its own each time the count grows, so its history says when each part appeared.
     *
     * @return whether the status changed
     */
    public boolean splitInto(int parts, Instant at) {
        StatusText text = StatusText.split(parts);
        if (isSplit() && text.zh().equals(statusTextZh)) {
            return false;
        }
        this.statusSequence++;
        this.status = SPLIT;
        this.statusTextZh = text.zh();
        this.statusTextEn = text.en();
        this.resolutionDueAt = null;
        this.updatedAt = at;
        return true;
    }

    /** Statuses resolution reports once the department has answered; see resolution's CaseStatus. */
    static final String RESOLVED = "RESOLVED";
    static final String CLOSED = "CLOSED";
    /** A duplicate: the case it was merged into carries on, so this one takes no more information. */
    static final String MERGED = "MERGED";

    /** Every status in which the department has answered; all others are still being handled. */
    public static final Set<String> ANSWERED_STATUSES = Set.of(RESOLVED, CLOSED, MERGED);

    /** Still being handled: the resident may add information (to a split case: to one of its parts). */
    public boolean isOpen() {
        return !ANSWERED_STATUSES.contains(status) && !isSplit();
    }

    /** Resolved and waiting for the resident's rating of this resolution. */
    public boolean isAwaitingRating() {
        return RESOLVED.equals(status) && ratedRound != statusSequence;
    }

    /**
     * Records that the resident rated the current resolution.
     *
     * @return the round rated: the status position of that resolution
     */
    public int rate() {
        if (!isAwaitingRating()) {
            throw new IllegalStateException("Case " + trackingNumber + " is not waiting for a rating");
        }
        this.ratedRound = statusSequence;
        return ratedRound;
    }

    public boolean isResolved() {
        return RESOLVED.equals(status);
    }

    public boolean opensWith(String accessCode) {
        // a part holds the original's hash, which was salted with the original's id
        return AccessCode.matches(splitFrom == null ? id : splitFrom, accessCode, accessCodeHash);
    }

    /**
     * Applies a status reported by resolution unless a newer one was applied already
     * (events of one case arrive in order, but a republished old event may come late).
     *
     * @return whether the status changed
     */
    public boolean applyStatus(int sequence, String newStatus, StatusText text, String department, Instant changedAt,
            Instant resolutionDueAt, boolean resolutionDueProvisional) {
        // once split, the original's status is its parts' (a late event for it changes nothing)
        if (sequence <= statusSequence || isSplit()) {
            return false;
        }
        this.resolutionDueAt = resolutionDueAt;
        this.resolutionDueProvisional = resolutionDueAt != null && resolutionDueProvisional;
        this.statusSequence = sequence;
        this.status = newStatus;
        this.statusTextZh = text.zh();
        this.statusTextEn = text.en();
        if (department != null) {
            this.department = department;
        }
        this.updatedAt = changedAt;
        return true;
    }

    public String getId() {
        return id;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public boolean isResolutionDueProvisional() {
        return resolutionDueProvisional;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public GrievanceKind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Location getLocation() {
        return location;
    }

    public Contact getContact() {
        return contact;
    }

    public Map<String, Object> getAttributes() {
        return attributes == null ? Map.of() : attributes;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Set<GreenChannelReason> getGreenChannel() {
        return greenChannel == null ? Set.of() : Set.copyOf(greenChannel);
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getLikelyDuplicateOf() {
        return likelyDuplicateOf;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getStatus() {
        return status;
    }

    public StatusText getStatusText() {
        return new StatusText(statusTextZh, statusTextEn);
    }

    public int getStatusSequence() {
        return statusSequence;
    }

    public String getDepartment() {
        return department;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The case this part was split from, or null. */
    /** The original of a split case: its parts carry on in its place. */
    public boolean isSplit() {
        return SPLIT.equals(status);
    }

    public String getSplitFrom() {
        return splitFrom;
    }

    public String getTraceId() {
        return traceId;
    }
}
