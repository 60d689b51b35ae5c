package org.civicgrievance.routing.placement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.routing.Topics;
import org.civicgrievance.routing.department.Department;
import org.civicgrievance.routing.department.DepartmentRepository;
import org.civicgrievance.routing.placement.PlacementResource.PlacementView;
import org.civicgrievance.routing.priority.PriorityAssessment;
import org.civicgrievance.routing.priority.PriorityPolicy;
import org.civicgrievance.routing.returns.CaseReturn;
import org.civicgrievance.routing.returns.CaseReturnRepository;
import org.civicgrievance.routing.rule.RoutingDecision;
import org.civicgrievance.routing.triage.TriageEntry;
import org.civicgrievance.routing.triage.TriageRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A dispatcher takes a case from the triage queue: places it on one department, or splits it
 * between several (one linked case per department, each with its own owner). Either way the case
 * leaves the queue once, and each placement is routed like any other, with no rule.
 */
@ApplicationScoped
public class HandPlacement {

    /** A part of a split case: the department that owns it and why. */
    public record Part(String department, String reason) {
    }

    static final int MAX_PARTS = 9;

    private final TriageRepository triage;
    private final PlacementRepository placements;
    private final CaseSubmissionRepository submissions;
    private final CaseReturnRepository returns;
    private final DepartmentRepository departments;
    private final PriorityPolicy priorities;
    private final Outbox outbox;
    private final AuditEvents audit;
    private final ObjectMapper json;
    private final Clock clock;

    public HandPlacement(TriageRepository triage, PlacementRepository placements, CaseSubmissionRepository submissions,
            CaseReturnRepository returns, DepartmentRepository departments, PriorityPolicy priorities, Outbox outbox,
            AuditEvents audit, ObjectMapper json, Clock clock) {
        this.triage = triage;
        this.placements = placements;
        this.submissions = submissions;
        this.returns = returns;
        this.departments = departments;
        this.priorities = priorities;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Any active department, also one that returned the case: the dispatcher decides it is the
     * department's own, and each of its earlier returns of the case counts as buck-passing 推诿.
     *
     * @throws ProblemException 404 for a case not in triage, 409 when it left triage already, 400 for
     *                          an unknown or inactive department
     */
    @Transactional
    public PlacementView place(String caseId, String departmentCode, String reason, StaffMember dispatcher) {
        TriageEntry entry = takeFromQueue(caseId, dispatcher);
        checkActive(departmentCode, "department");
        SubmittedCase submitted = SubmittedCase.read(json, entry.getSubmission(), caseId);
        String splitFrom = submissions.findByIdOptional(caseId).map(CaseSubmission::getSplitFrom).orElse(null);
        List<CaseReturn> confirmed = returns.unconfirmedBy(caseId, departmentCode);
        confirmed.forEach(r -> r.confirmOwn(dispatcher.id(), clock.instant()));
        String auditNote = confirmed.isEmpty() ? ""
                : "; the case is %s's own: its return%s of %s counts as buck-passing".formatted(departmentCode,
                        confirmed.size() == 1 ? "" : "s",
                        String.join(", ", confirmed.stream().map(r -> r.getReturnedAt().toString()).toList()));
        Placement placement = placeAndEmit(submitted, splitFrom, entry, departmentCode,
                "placed by %s: %s".formatted(dispatcher.id(), reason.strip()), dispatcher, auditNote);
        Log.infof("Case %s placed by hand on %s by %s after waiting in triage since %s", entry.getTrackingNumber(),
                departmentCode, dispatcher.id(), entry.getParkedAt());
        return PlacementView.of(placement);
    }

    /**
     * Splits the case into linked cases, one per part, numbered {@code <tracking number>-1}, {@code -2}…;
     * each gets a case id of its own and is routed to its department. The case itself is owned by no
     * department: its placements are its parts'.
     *
     * @throws ProblemException as {@link #place}, and 400 for fewer than two parts, more than nine, or a department named twice
     */
    @Transactional
    public List<PlacementView> split(String caseId, List<Part> parts, StaffMember dispatcher) {
        if (parts.size() < 2 || parts.size() > MAX_PARTS) {
            throw ProblemException.invalidField("parts", "a split has 2 to " + MAX_PARTS + " parts; place by hand for one");
        }
        if (new HashSet<>(parts.stream().map(Part::department).toList()).size() != parts.size()) {
            throw ProblemException.invalidField("parts", "each department owns one part: a department is named twice");
        }
        TriageEntry entry = takeFromQueue(caseId, dispatcher);
        for (int i = 0; i < parts.size(); i++) {
            checkActive(parts.get(i).department(), "parts[" + i + "].department");
        }
        SubmittedCase whole = SubmittedCase.read(json, entry.getSubmission(), caseId);
        List<PlacementView> placed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            // derived from the case, so the parts' ids are the same however often this is computed
            String partId = UUID.nameUUIDFromBytes((caseId + "/part/" + (i + 1)).getBytes(StandardCharsets.UTF_8))
                    .toString();
            SubmittedCase partCase = whole.asPart(partId, entry.getTrackingNumber() + "-" + (i + 1));
            // kept like any case's, so a department that returns a part gets it decided again
            submissions.persist(new CaseSubmission(partId, partCase.trackingNumber(), caseId, write(partCase),
                    traceId(entry), clock.instant()));
            placed.add(PlacementView.of(placeAndEmit(partCase, caseId, entry, part.department(),
                    "split from %s by %s: %s".formatted(entry.getTrackingNumber(), dispatcher.id(),
                            part.reason().strip()), dispatcher, "")));
        }
        audit.record(caseId, traceId(entry), dispatcher.id(), dispatcher.primaryRole(), "CASE_SPLIT", null, "TRIAGE",
                String.join(", ", placed.stream().map(PlacementView::department).toList()),
                String.join("; ", placed.stream().map(p -> p.trackingNumber() + " -> " + p.department()).toList()));
        Log.infof("Case %s split by %s into %d parts", entry.getTrackingNumber(), dispatcher.id(), parts.size());
        return placed;
    }

    private TriageEntry takeFromQueue(String caseId, StaffMember dispatcher) {
        TriageEntry entry = triage.findForPlacement(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId + " in triage"));
        entry.placedBy(dispatcher.id(), clock.instant());
        return entry;
    }

    private void checkActive(String departmentCode, String field) {
        if (!departments.findByIdOptional(departmentCode).map(Department::isActive).orElse(false)) {
            throw ProblemException.invalidField(field, "no active department has the code " + departmentCode);
        }
    }

    private Placement placeAndEmit(SubmittedCase submitted, String splitFrom, TriageEntry entry, String departmentCode,
            String reason, StaffMember dispatcher, String auditNote) {
        PriorityAssessment priority = priorities.assess(submitted.facts(), submitted.greenChannelReasons());
        RoutingDecision decision = new RoutingDecision(departmentCode, null, null, reason).withPriority(priority);
        Instant now = clock.instant();
        Placement placement = new Placement(submitted.caseId(), submitted.trackingNumber(), decision,
                priority.priority(), dispatcher.id(), now).splitFrom(splitFrom);
        placements.persist(placement);
        String traceId = traceId(entry);
        outbox.emit(Topics.GRIEVANCE_ROUTED, Topics.GRIEVANCE_ROUTED, submitted.caseId(), traceId,
                GrievanceRouted.ofPart(submitted, splitFrom, decision, priority.priority(), now));
        audit.record(submitted.caseId(), traceId, dispatcher.id(), dispatcher.primaryRole(), "CASE_ROUTED", departmentCode,
                "TRIAGE", departmentCode, decision.reason() + auditNote);
        return placement;
    }

    private static String traceId(TriageEntry entry) {
        return entry.getTraceId() != null ? entry.getTraceId() : UUID.randomUUID().toString().replace("-", "");
    }

    private String write(SubmittedCase part) {
        try {
            return json.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a part of case " + part.caseId() + " cannot be written as JSON", e);
        }
    }
}
