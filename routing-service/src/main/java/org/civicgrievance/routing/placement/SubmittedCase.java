package org.civicgrievance.routing.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.civicgrievance.routing.rule.CaseFacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** A submission routing stored (as a case's or a triage entry's payload). */
    static SubmittedCase read(ObjectMapper json, String stored, String caseId) {
        try {
            return json.readValue(stored, SubmittedCase.class);
        } catch (JsonProcessingException e) {
            // it was read once when the case arrived; failing now means the stored row was damaged
            throw new IllegalStateException("the stored submission of case " + caseId + " cannot be read", e);
        }
    }

    /** What routing rules look at. */
    public CaseFacts facts() {
        return new CaseFacts(kind, category, title, description, district(), !greenChannelReasons().isEmpty(), channel);
    }
}
