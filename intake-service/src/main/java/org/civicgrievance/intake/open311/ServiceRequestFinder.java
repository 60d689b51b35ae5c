package org.civicgrievance.intake.open311;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import org.civicgrievance.intake.catalogue.ServiceCatalogue;
import org.civicgrievance.intake.catalogue.ServiceCategory;
import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.civicgrievance.intake.status.StatusUpdate;
import org.civicgrievance.intake.status.StatusUpdateRepository;

/** The public queries of cases: {@code requests}, {@code requests/{id}}, {@code tokens/{token}} and their updates. */
@ApplicationScoped
public class ServiceRequestFinder {

    /** Tokens are case ids; anything else is not looked up at all. */
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final GrievanceRepository grievances;
    private final StatusUpdateRepository history;
    private final ServiceCatalogue catalogue;
    private final ServiceRequestView view;
    private final Open311Time time;
    private final int maxResults;

    public ServiceRequestFinder(GrievanceRepository grievances, StatusUpdateRepository history, ServiceCatalogue catalogue,
            ServiceRequestView view, Open311Time time, Open311Config config) {
        this.grievances = grievances;
        this.history = history;
        this.catalogue = catalogue;
        this.view = view;
        this.time = time;
        this.maxResults = config.query().maxResults();
    }

    /** Newest first, at most {@code grievance.open311.query.max-results}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceRequest> find(RequestFilter filter, Language language) {
        List<Grievance> found = filter.ids().isEmpty() ? inRange(filter) : grievances.findByTrackingNumbers(filter.ids());
        Map<String, String> names = serviceNames(language);
        return found.stream().limit(maxResults).map(grievance -> view.of(grievance, names, language)).toList();
    }

    /** @throws Open311Exception 404 for an unknown request */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceRequest one(String serviceRequestId, Language language) {
        Grievance grievance = grievances.findByTrackingNumber(serviceRequestId)
                .orElseThrow(() -> Open311Exception.notFound("service_request_id", "is not a request of this endpoint"));
        return view.of(grievance, serviceNames(language), language);
    }

    /** @throws Open311Exception 404 for an unknown token */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestToken token(String token) {
        Optional<Grievance> grievance = TOKEN.matcher(token).matches() ? grievances.findByIdOptional(token) : Optional.empty();
        return grievance.map(found -> new RequestToken(found.getTrackingNumber(), found.getId()))
                .orElseThrow(() -> Open311Exception.notFound("token", "is not a token of this endpoint"));
    }

    /**
     * Status changes, oldest first: those of the named requests (all of their history), or else
     * those in the date range. Status and service filters do not apply, as in FixMyStreet's extension.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceRequestUpdate> updates(RequestFilter filter, Language language) {
        List<StatusUpdate> updates;
        if (filter.ids().isEmpty()) {
            updates = history.changedBetween(filter.from(), filter.to(), maxResults);
        } else {
            List<String> caseIds = grievances.findByTrackingNumbers(filter.ids()).stream().map(Grievance::getId).toList();
            updates = history.ofCases(caseIds, maxResults);
        }
        Map<String, String> trackingNumbers = grievances.trackingNumbersOf(
                updates.stream().map(StatusUpdate::getGrievanceId).collect(Collectors.toSet()));
        return updates.stream()
                .map(update -> new ServiceRequestUpdate(String.valueOf(update.getId()),
                        trackingNumbers.get(update.getGrievanceId()),
                        Open311Status.of(update.getStatus()).wire(),
                        time.format(update.getChangedAt()),
                        language.pick(update.getStatusText().zh(), update.getStatusText().en()),
                        null,
                        update.getStatus()))
                .toList();
    }

    private List<Grievance> inRange(RequestFilter filter) {
        StringBuilder query = new StringBuilder("submittedAt >= :from and submittedAt <= :to");
        Parameters parameters = Parameters.with("from", filter.from()).and("to", filter.to());
        if (!filter.serviceCodes().isEmpty()) {
            query.append(" and category in :codes");
            parameters.and("codes", filter.serviceCodes());
        }
        if (!filter.anyStatus()) {
            query.append(filter.statuses().contains(Open311Status.CLOSED) ? " and status in :answered"
                    : " and status not in :answered");
            parameters.and("answered", Grievance.ANSWERED_STATUSES);
        }
        query.append(" order by submittedAt desc, id");
        return grievances.find(query.toString(), parameters).range(0, maxResults - 1).list();
    }

    /** Every category ever published, withdrawn ones too: old cases keep their service's name. */
    private Map<String, String> serviceNames(Language language) {
        return catalogue.listAll().stream()
                .collect(Collectors.toMap(ServiceCategory::getCode,
                        category -> language.pick(category.getNameZh(), category.getNameEn())));
    }
}
