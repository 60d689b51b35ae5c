package org.civicgrievance.intake.grievance;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.intake.Topics;
import org.civicgrievance.intake.catalogue.CategoryAnswers;
import org.civicgrievance.intake.catalogue.ServiceCatalogue;
import org.civicgrievance.intake.catalogue.ServiceCategory;
import org.civicgrievance.intake.status.ResidentUpdates;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class GrievanceService {

    private final GrievanceRepository grievances;
    private final TrackingNumbers trackingNumbers;

    private final ResidentAccess residents;
    private final ServiceCatalogue catalogue;
    private final DuplicateFinder duplicates;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    private final ResidentUpdates updates;

    public GrievanceService(GrievanceRepository grievances, TrackingNumbers trackingNumbers, ResidentAccess residents,
            ServiceCatalogue catalogue,
            DuplicateFinder duplicates, Outbox outbox, Clock clock,
            @ConfigProperty(name = "grievance.intake.zone") ZoneId zone, ResidentUpdates updates) {
        this.updates = updates;
        this.grievances = grievances;
        this.trackingNumbers = trackingNumbers;
        this.residents = residents;
        this.catalogue = catalogue;
        this.duplicates = duplicates;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Stores the case and its {@code grievance.submitted} event in one transaction.
     *
     * @param recordedBy the operator recording it on a resident's behalf, or null for the resident
     */
    @Transactional
    public SubmissionReceipt submit(SubmitGrievanceRequest request, Channel channel, String recordedBy) {
        Grievance.Submission submission = request.toSubmission(checkedAnswers(request));
        Optional<String> repeated = duplicates.earlierCaseLike(submission, clock.instant());
        String caseId = UUID.randomUUID().toString();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String trackingNumber = trackingNumbers.next(clock.instant().atZone(zone).getYear());
        String accessCode = AccessCode.generate();

        Grievance grievance = Grievance.accept(caseId, trackingNumber, accessCode, submission, channel, recordedBy,
                repeated.orElse(null), clock.instant(), traceId);
        grievances.persist(grievance);
        // the one event says all the audit trail needs (resolution records CASE_SUBMITTED from it)
        outbox.emit(Topics.GRIEVANCE_SUBMITTED, Topics.GRIEVANCE_SUBMITTED, caseId, traceId, GrievanceSubmitted.of(grievance));

        Log.infof("Accepted %s %s as %s (case %s, trace %s)", grievance.getKind(), grievance.getCategory(), trackingNumber,
                caseId, traceId);
        return new SubmissionReceipt(caseId, trackingNumber, accessCode, grievance.getStatus(),
                repeated.isPresent() ? List.of(SubmissionReceipt.Notice.LINKED_TO_SIMILAR_CASE) : List.of());
    }

    /** The resident's own case; "not found" for an unknown number and a wrong code alike. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GrievanceStatusView lookUp(String trackingNumber, String accessCode) {
        Grievance grievance = residents.open(trackingNumber, accessCode);
        String partOf = grievance.getSplitFrom() == null ? null
                : grievances.trackingNumbersOf(List.of(grievance.getSplitFrom())).get(grievance.getSplitFrom());
        List<GrievanceStatusView> parts = grievances.partsOf(grievance).stream()
                .map(part -> view(part, grievance.getTrackingNumber(), List.of())).toList();
        return view(grievance, partOf, parts);
    }

    private GrievanceStatusView view(Grievance grievance, String partOf, List<GrievanceStatusView> parts) {
        ResidentUpdates.Told told = updates.of(grievance);
        return GrievanceStatusView.of(grievance, told.outcome(), told.notes(), zone, partOf, parts);
    }

    /** The category must be published, and its questions answered as it asks. */
    private Map<String, Object> checkedAnswers(SubmitGrievanceRequest request) {
        ServiceCategory category = catalogue.published(request.category())
                .orElseThrow(() -> ProblemException.invalidField("category", "is not in the service catalogue (see /api/catalogue)"));
        CategoryAnswers answers = CategoryAnswers.check(category, request.attributesOrEmpty(), code -> "attributes." + code);
        if (!answers.violations().isEmpty()) {
            throw new ProblemException(Problem.invalid(answers.violations()));
        }
        return answers.normalised();
    }
}
