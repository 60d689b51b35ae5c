package org.civicgrievance.resolution.feedback;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.inbox.Inbox;
import org.civicgrievance.resolution.Topics;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes in what residents add and how they rate resolutions, each event once. Information added
 * to a case waiting for the resident resumes it. A rating of the current resolution closes the
 * case (satisfied) or reopens it (dissatisfied).
 */
@ApplicationScoped
public class FeedbackListener {

    private final Inbox inbox;
    private final EventCodec codec;
    private final FeedbackRepository feedback;
    private final CaseworkService casework;

    public FeedbackListener(Inbox inbox, EventCodec codec, FeedbackRepository feedback, CaseworkService casework) {
        this.inbox = inbox;
        this.codec = codec;
        this.feedback = feedback;
        this.casework = casework;
    }

    @Incoming(Topics.GRIEVANCE_SUPPLEMENTED_CHANNEL)
    @Blocking
    public void onSupplemented(ConsumerRecords<String, String> records) {
        inbox.receiveAll(Topics.GRIEVANCE_SUPPLEMENTED_CHANNEL, records, this::addSupplement);
    }

    @Incoming(Topics.GRIEVANCE_EVALUATED_CHANNEL)
    @Blocking
    public void onEvaluated(ConsumerRecords<String, String> records) {
        inbox.receiveAll(Topics.GRIEVANCE_EVALUATED_CHANNEL, records, this::applyRating);
    }

    private void addSupplement(CloudEvent event) {
        ResidentFeedback.Supplemented added = codec.data(event, ResidentFeedback.Supplemented.class);
        feedback.add(new CaseSupplement(added.supplementId(), added.caseId(), added.text(), added.addedAt()));
        // the answer a waiting case was waiting for (or any information: the resident has spoken)
        casework.residentSupplemented(added.caseId());
    }

    private void applyRating(CloudEvent event) {
        ResidentFeedback.Evaluated rated = codec.data(event, ResidentFeedback.Evaluated.class);
        if (feedback.hasRating(rated.caseId(), rated.resolutionRound())) {
            // intake allows one rating per resolution; another is a fault upstream, not worth blocking the partition
            Log.warnf("Case %s already has a rating for round %d; ignoring rating %s", rated.caseId(),
                    rated.resolutionRound(), rated.evaluationId());
            return;
        }
        feedback.add(new ResidentRating(rated.evaluationId(), rated.caseId(), rated.resolutionRound(), rated.rating(),
                rated.comment(), rated.evaluatedAt()));
        casework.residentRated(rated.caseId(), rated.satisfied(), rated.resolutionRound(), rated.comment());
    }
}
