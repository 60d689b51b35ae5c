package org.civicgrievance.routing.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.civicgrievance.routing.rule.CaseFacts;

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
        /** green-channel 绿色通道 reasons (ELDERLY, SICK, DISABLED, OUT_OF_TOWN); empty or absent: none */
        List<String> greenChannel,
        String channel,
        Instant submittedAt) {

    public record Location(String address, String district, BigDecimal latitude, BigDecimal longitude) {
    }

    public record Contact(String name, String phone, String email) {
    }

    String district() {
        return location == null ? null : location.district();
    }

    List<String> greenChannelReasons() {
        return greenChannel == null ? List.of() : greenChannel;
    }

    /** The same case under another id and tracking number: one part of a case a dispatcher split. */
    SubmittedCase asPart(String partCaseId, String partTrackingNumber) {
        return new SubmittedCase(partCaseId, partTrackingNumber, kind, category, title, description, location, contact,
                greenChannel, channel, submittedAt);
    }

    /** What routing rules look at. */
    public CaseFacts facts() {
        return new CaseFacts(kind, category, title, description, district(), !greenChannelReasons().isEmpty(), channel);
    }
}
