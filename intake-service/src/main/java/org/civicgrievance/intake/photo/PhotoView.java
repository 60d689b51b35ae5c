package org.civicgrievance.intake.photo;

import java.time.Instant;

/** A photo as listed: what it is and where to fetch it, never where it is stored. */
public record PhotoView(String photoId, String mediaType, long sizeBytes, Instant uploadedAt) {

    static PhotoView of(Photo photo) {
        return new PhotoView(photo.getId(), photo.getType().mediaType(), photo.getSizeBytes(), photo.getUploadedAt());
    }
}
