package org.civicgrievance.resolution.casework;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.resolution.Topics;

/** Orchestrates each change of a case: the entity decides, this records the trail and emits the status. */
@ApplicationScoped
public class CaseworkService {

    private final CaseRepository cases;
    private final CaseTransitionRepository trail;
    private final Outbox outbox;
    private final EventCodec codec;
    private final Clock clock;

    public CaseworkService(CaseRepository cases, CaseTransitionRepository trail, Outbox outbox, EventCodec codec,
            Clock clock) {
        this.cases = cases;
        this.trail = trail;
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    /** Runs inside the inbox's transaction: the case, its trail, its event and the inbox record commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(CloudEvent routedEvent) {
        RoutedCase routed = codec.data(routedEvent, RoutedCase.class);
        if (cases.findByIdOptional(routed.caseId()).isPresent()) {
            // re-routing of a returned case is a later capability; never queue a case twice
            Log.warnf("Case %s is already held here; ignoring a second placement", routed.caseId());
            return;
        }
        Instant now = clock.instant();
        GrievanceCase aCase = GrievanceCase.queue(routed.toArrival(routedEvent.traceid()), now);
        cases.persist(aCase);
        trail.append(CaseTransition.arrival(aCase, routed.reason(), now));
        emitStatus(aCase, now);
        Log.infof("Queued %s for %s", aCase.getTrackingNumber(), aCase.getDepartment());
    }

    @Transactional
    public GrievanceCase claim(String caseId, String handler) {
        GrievanceCase aCase = cases.require(caseId);
        Instant now = clock.instant();
        trail.append(aCase.claim(handler, now));
        emitStatus(aCase, now);
        return aCase;
    }

    @Transactional
    public GrievanceCase resolve(String caseId, String handler, String note) {
        GrievanceCase aCase = cases.require(caseId);
        Instant now = clock.instant();
        trail.append(aCase.resolve(handler, note, now));
        emitStatus(aCase, now);
        return aCase;
    }

    private void emitStatus(GrievanceCase aCase, Instant now) {
        outbox.emit(Topics.CASE_STATUS_CHANGED, Topics.CASE_STATUS_CHANGED, aCase.getId(), aCase.getTraceId(),
                CaseStatusChanged.of(aCase, now));
    }
}
