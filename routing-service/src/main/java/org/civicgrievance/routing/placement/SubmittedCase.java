package org.civicgrievance.routing.placement;

import java.math.BigDecimal;
import java.time.Instant;

/** Routing's own reading of intake's {@code grievance.submitted} payload. */
public record SubmittedCase(
        String caseId,
        String trackingNumber,
        String kind,
        String category,
        String title,
        String description,
        Location location,
        Contact contact,
        String channel,
        Instant submittedAt) {

    public record Location(String address, String district, BigDecimal latitude, BigDecimal longitude) {
    }

    public record Contact(String name, String phone, String email) {
    }

    String district() {
        return location == null ? null : location.district();
    }
}
