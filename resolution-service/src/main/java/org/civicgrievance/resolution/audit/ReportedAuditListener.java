package org.civicgrievance.resolution.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.inbox.Inbox;
import org.civicgrievance.resolution.Topics;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Brings the state changes intake and routing report into the one trail inspectors read, and opens
 * each case's trail with its submission (intake emits one event per submission, not two).
 */
@ApplicationScoped
public class ReportedAuditListener {

    private final Inbox inbox;
    private final EventCodec codec;
    private final AuditTrail trail;

    public ReportedAuditListener(Inbox inbox, EventCodec codec, AuditTrail trail) {
        this.inbox = inbox;
        this.codec = codec;
        this.trail = trail;
    }

    @Incoming(Topics.AUDIT_RECORDED_CHANNEL)
    @Blocking
    public void onReported(ConsumerRecords<String, String> records) {
        inbox.receiveAll(Topics.AUDIT_RECORDED_CHANNEL, records, this::append);
    }

    @Incoming(Topics.GRIEVANCE_SUBMITTED_CHANNEL)
    @Blocking
    public void onSubmitted(ConsumerRecords<String, String> records) {
        inbox.receiveAll(Topics.GRIEVANCE_SUBMITTED_CHANNEL, records, this::appendSubmitted);
    }

    private void appendSubmitted(CloudEvent event) {
        SubmittedCase submitted = codec.data(event, SubmittedCase.class);
        trail.appendReported(submitted.entry(event.traceid()), submitted.submittedAt());
    }

    private void append(CloudEvent event) {
        ReportedAudit reported = codec.data(event, ReportedAudit.class);
        trail.appendReported(new AuditRecord.Entry(reported.actor(), reported.actorRole(), reported.action(),
                reported.caseId(), reported.department(), reported.before(), reported.after(), reported.detail(),
                event.traceid()), reported.occurredAt());
    }
}
