package org.civicgrievance.intake.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.civicgrievance.intake.grievance.ResidentAccess;
import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Up to five photos per open case, checked by content, stored outside the database row. */
@ApplicationScoped
public class PhotoService {

    static final int MAX_PER_CASE = 5;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM");

    private final ResidentAccess residents;
    private final GrievanceRepository grievances;
    private final PhotoRepository photos;
    private final PhotoStore store;
    private final AuditEvents audit;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final ZoneId zone;

    public PhotoService(ResidentAccess residents, GrievanceRepository grievances, PhotoRepository photos, PhotoStore store,
            AuditEvents audit, TransactionSynchronizationRegistry transactions, Clock clock,
            @ConfigProperty(name = "grievance.intake.zone") ZoneId zone) {
        this.residents = residents;
        this.grievances = grievances;
        this.photos = photos;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The bytes are stored before the row commits, and removed again if it does not: a row never
     * names a missing file. (A crash between the two leaves an unreferenced file, never a broken case.)
     */
    @Transactional
    public Photo add(String trackingNumber, String accessCode, Path upload, long size) {
        Grievance grievance = residents.open(trackingNumber, accessCode);
        // one upload at a time per case, so concurrent uploads cannot pass the limit together
        grievances.lockForUpdate(grievance.getId());
        if (!grievance.isOpen()) {
            throw new ProblemException("case-closed", "The case is no longer open", 409,
                    "Photos can be added while the case is being handled.");
        }
        if (photos.count("grievanceId", grievance.getId()) >= MAX_PER_CASE) {
            throw new ProblemException("too-many-photos", "The case has all its photos", 409,
                    "A case takes at most " + MAX_PER_CASE + " photos.");
        }
        if (size > MAX_BYTES) {
            throw invalidPhoto(413, "must be at most 5 MB");
        }
        PhotoType type = typeOf(upload).orElseThrow(() -> invalidPhoto(415, "must be a JPEG or PNG photo"));

        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        String key = FOLDER.format(now.atZone(zone)) + "/" + id;
        storeUntilRollback(key, upload);
        Photo photo = new Photo(id, grievance.getId(), type, size, key, now);
        photos.persist(photo);
        audit.recordByResident(grievance.getId(), grievance.getTraceId(), "CASE_PHOTO_ADDED",
                grievance.getStatus(), "resident added a " + type + " photo of " + size + " bytes");
        return photo;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Photo> listForResident(String trackingNumber, String accessCode) {
        return photos.ofCase(residents.open(trackingNumber, accessCode).getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Photo findForResident(String trackingNumber, String accessCode, String photoId) {
        return photos.ofCase(residents.open(trackingNumber, accessCode).getId(), photoId)
                .orElseThrow(() -> ProblemException.notFound("Photo " + photoId));
    }

    /** Staff of the department the case is with, and inspectors; to anyone else the case does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Photo> listForStaff(String caseId, StaffMember staff) {
        return photos.ofCase(readableBy(caseId, staff).getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Photo findForStaff(String caseId, String photoId, StaffMember staff) {
        return photos.ofCase(readableBy(caseId, staff).getId(), photoId)
                .orElseThrow(() -> ProblemException.notFound("Photo " + photoId));
    }

    public InputStream bytesOf(Photo photo) {
        try {
            return store.open(photo.getStorageKey());
        } catch (IOException e) {
            throw new UncheckedIOException("Photo " + photo.getId() + " is missing from the store", e);
        }
    }

    private Grievance readableBy(String caseId, StaffMember staff) {
        return grievances.findByIdOptional(caseId)
                .filter(grievance -> staff.mayRead(grievance.getDepartment()))
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
    }

    private static Optional<PhotoType> typeOf(Path upload) {
        try {
            return PhotoType.of(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void storeUntilRollback(String key, Path upload) {
        try {
            store.put(key, upload);
        } catch (IOException e) {
            throw new UncheckedIOException("The photo store refused " + key, e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        store.delete(key);
                    } catch (IOException e) {
                        Log.warnf("Could not remove photo %s after a rollback: %s", key, e.getMessage());
                    }
                }
            }
        });
    }

    private static ProblemException invalidPhoto(int status, String message) {
        return new ProblemException(new Problem("invalid-photo", "The photo cannot be accepted", status,
                "Send one JPEG or PNG photo of at most 5 MB in the form field \"photo\".",
                List.of(new Problem.FieldViolation("photo", message)), Map.of()));
    }
}
