package org.civicgrievance.intake.photo;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A photo of a case: the row describes it, the {@link PhotoStore} holds its bytes. */
@Entity
@Table(name = "grievance_photo")
public class Photo {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "grievance_id", length = 36, nullable = false, updatable = false)
    private String grievanceId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10, nullable = false, updatable = false)
    private PhotoType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "storage_key", length = 64, nullable = false, updatable = false)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Photo() {
    }

    Photo(String id, String grievanceId, PhotoType type, long sizeBytes, String storageKey, Instant uploadedAt) {
        this.id = id;
        this.grievanceId = grievanceId;
        this.type = type;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
    }

    public String getId() {
        return id;
    }

    public String getGrievanceId() {
        return grievanceId;
    }

    public PhotoType getType() {
        return type;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    String getStorageKey() {
        return storageKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
