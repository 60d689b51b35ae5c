package org.civicgrievance.intake.status;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicgrievance.intake.grievance.Grievance;

/** What resolution told the resident about their case beyond its status: the outcome and the notes. */
@ApplicationScoped
public class ResidentUpdates {

    private final StatusUpdateRepository history;

    public ResidentUpdates(StatusUpdateRepository history) {
        this.history = history;
    }

    /**
     * What the resident was told: the outcome as of the case's current position (null while it is
     * being handled) and the notes, oldest first. One read of the case's history serves both, as a
     * look-up is the residents' most frequent request.
     */
    public record Told(ResidentOutcome outcome, List<ResidentNote> notes) {
    }

    public Told of(Grievance grievance) {
        List<StatusUpdate> updates = history.ofCase(grievance.getId());
        ResidentOutcome outcome = updates.stream().filter(u -> u.getSequence() == grievance.getStatusSequence())
                .findFirst().flatMap(StatusUpdate::getOutcome).orElse(null);
        List<ResidentNote> notes = updates.stream().flatMap(update -> update.getNote().stream()).toList();
        return new Told(outcome, notes);
    }
}
