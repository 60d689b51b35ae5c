package org.civicgrievance.intake.photo;

import java.io.InputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A photo's bytes as a response that a browser shows but never runs: residents' uploads are untrusted. */
final class PhotoDownload {

    private PhotoDownload() {
    }

    static Response of(Photo photo, PhotoService photos) {
        StreamingOutput body = out -> {
            try (InputStream in = photos.bytesOf(photo)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, photo.getType().mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, photo.getSizeBytes())
                .header("Content-Disposition", "inline; filename=\"" + photo.getId() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
