package org.civicgrievance.intake.status;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicgrievance.intake.grievance.Grievance;

/** What resolution told the resident about their case beyond its status: the outcome and the notes. */
@ApplicationScoped
public class ResidentUpdates {

    private final StatusUpdateRepository history;

    public ResidentUpdates(StatusUpdateRepository history) {
        this.history = history;
    }

    /** The outcome as of the case's current position; empty while it is being handled. */
    public Optional<ResidentOutcome> outcomeOf(Grievance grievance) {
        return history.at(grievance.getId(), grievance.getStatusSequence()).flatMap(StatusUpdate::getOutcome);
    }

    public List<ResidentNote> notesOf(Grievance grievance) {
        return history.withNotes(grievance.getId()).stream().flatMap(update -> update.getNote().stream()).toList();
    }
}
