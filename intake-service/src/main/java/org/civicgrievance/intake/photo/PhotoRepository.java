package org.civicgrievance.intake.photo;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PhotoRepository implements PanacheRepositoryBase<Photo, String> {

    List<Photo> ofCase(String grievanceId) {
        return list("grievanceId = ?1 order by uploadedAt", grievanceId);
    }

    Optional<Photo> ofCase(String grievanceId, String photoId) {
        return find("id = ?1 and grievanceId = ?2", photoId, grievanceId).firstResultOptional();
    }
}
