package org.civicgrievance.resolution.deadline.extension;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.audit.AuditAction;
import org.civicgrievance.resolution.audit.AuditRecord;
import org.civicgrievance.resolution.audit.AuditTrail;
import org.civicgrievance.resolution.calendar.BusinessCalendar;
import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.casework.CaseRepository;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockKeeper;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.ClocksChanged;
import org.civicgrievance.resolution.deadline.ClockRepository;
import org.civicgrievance.resolution.deadline.extension.ExtensionRequests.ExtensionRequest;
import org.civicgrievance.resolution.deadline.extension.ExtensionRequests.ExtensionView;

/**
 * 延期: the handler holding a case asks for more time before the due time, with a reason the resident
 * is shown; a supervisor of the department (not the one who asked) approves or refuses. Approval
 * moves the clock's due time and opens its next deadline period, whose yellow and red come again;
 * the original due time and every warning already raised stay on record.
 */
@ApplicationScoped
public class Extensions {

    private final CaseRepository cases;
    private final CaseworkService casework;
    private final ClockRepository clocks;
    private final ExtensionRepository extensions;
    private final Calendars calendars;
    private final ClockKeeper keeper;
    private final AuditTrail audit;
    private final Event<DeadlineExtended> extended;
    private final Event<ClocksChanged> clocksChanged;
    private final Clock clock;

    public Extensions(CaseRepository cases, CaseworkService casework, ClockRepository clocks,
            ExtensionRepository extensions, Calendars calendars, ClockKeeper keeper, AuditTrail audit,
            Event<DeadlineExtended> extended, Event<ClocksChanged> clocksChanged, Clock clock) {
        this.cases = cases;
        this.casework = casework;
        this.clocks = clocks;
        this.extensions = extensions;
        this.calendars = calendars;
        this.keeper = keeper;
        this.audit = audit;
        this.extended = extended;
        this.clocksChanged = clocksChanged;
        this.clock = clock;
    }

    @Transactional
    public ExtensionView request(String caseId, ExtensionRequest request, StaffMember staff) {
        GrievanceCase aCase = workable(caseId, staff);
        if (!staff.id().equals(aCase.getHandler())) {
            throw new ForbiddenException("only the handler holding the case asks for more time");
        }
        ClockKind kind = request.clock() == null ? ClockKind.RESOLUTION : request.clock();
        CaseClock target = clocks.ofCase(caseId).stream().filter(c -> c.getKind() == kind && c.isLive()).findFirst()
                .orElseThrow(() -> new ProblemException("no-running-clock", "No running clock", 409,
                        "The case has no running %s clock to extend.".formatted(kind)));
        Instant now = clock.instant();
        if (!now.isBefore(target.getDueAt())) {
            throw new ProblemException("deadline-passed", "Too late", 409,
                    "The %s deadline passed at %s: an extension is asked for before the deadline."
                            .formatted(kind, target.getDueAt()));
        }
        if (extensions.pendingOn(target.getId())) {
            throw new ProblemException("extension-pending", "Extension pending", 409,
                    "An extension of this clock waits for a supervisor's decision already.");
        }
        Instant newDue = newDue(request, target);
        DeadlineExtension extension = DeadlineExtension.request(target, request.reason().strip(), newDue, staff.id(),
                now);
        extensions.persist(extension);
        audited(extension, aCase, staff, AuditAction.EXTENSION_REQUESTED, extension.getReason());
        return ExtensionView.of(extension);
    }

    @Transactional
    public ExtensionView decide(String caseId, String extensionId, boolean approve, String note, StaffMember staff) {
        GrievanceCase aCase = workable(caseId, staff);
        if (!staff.has(Roles.SUPERVISOR)) {
            throw new ForbiddenException("only a supervisor of the department decides on extensions");
        }
        DeadlineExtension extension = extensions.findByIdOptional(extensionId)
                .filter(e -> e.getCaseId().equals(caseId))
                .orElseThrow(() -> ProblemException.notFound("Extension " + extensionId));
        if (extension.getRequestedBy().equals(staff.id())) {
            throw new ForbiddenException("nobody approves their own extension");
        }
        Instant now = clock.instant();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (approve) {
            CaseClock target = clocks.ofCaseForChange(caseId).stream()
                    .filter(c -> c.getId().equals(extension.getClockId()) && c.isLive()).findFirst()
                    .orElseThrow(() -> new ProblemException("clock-ended", "Clock ended", 409,
                            "The clock this extension was for has ended; there is nothing to extend."));
            extension.decide(true, staff.id(), cleanNote, now);
            BusinessCalendar calendar = calendars.byCode(target.getCalendarCode());
            target.extendTo(extension.getRequestedDueAt(), calendar, keeper.yellowShare(), now);
            clocksChanged.fire(ClocksChanged.of(caseId));
            audited(extension, aCase, staff, AuditAction.EXTENSION_APPROVED, cleanNote);
            extended.fire(new DeadlineExtended(caseId, target.getKind(), target.getDueAt(),
                    calendar.isProvisional(target.getDueAt()), extension.getReason(), now, staff.id(), staff.primaryRole()));
        } else {
            extension.decide(false, staff.id(), cleanNote, now);
            audited(extension, aCase, staff, AuditAction.EXTENSION_REFUSED, cleanNote);
        }
        Log.infof("Case %s: extension %s %s by %s", aCase.getTrackingNumber(), extension.getId(),
                extension.getState(), staff.id());
        return ExtensionView.of(extension);
    }

    /** A request waiting for a supervisor, with the case it is on as the list shows it. */
    public record Waiting(ExtensionView extension, String trackingNumber, String title) {
    }

    /**
     * The requests of the supervisor's department waiting for a decision, one page at a time, the
     * deadline that runs out first at the top: three statements (count, page, the page's cases).
     */
    @Transactional
    public Page<Waiting> waitingFor(StaffMember supervisor, PageRequest requested) {
        if (!supervisor.has(Roles.SUPERVISOR) || supervisor.department() == null
                || !supervisor.worksIn(supervisor.department())) {
            throw new ForbiddenException("only a department's supervisors decide on its extensions");
        }
        long total = extensions.countWaitingIn(supervisor.department());
        PageRequest page = requested.within(total);
        if (total == 0) {
            return Page.of(List.of(), page, 0);
        }
        List<DeadlineExtension> waiting = extensions.waitingIn(supervisor.department(), page.offset(), page.size());
        Map<String, GrievanceCase> byId = cases.list("id in ?1",
                waiting.stream().map(DeadlineExtension::getCaseId).distinct().toList()).stream()
                .collect(Collectors.toMap(GrievanceCase::getId, Function.identity()));
        return Page.of(waiting.stream().map(e -> {
            GrievanceCase aCase = byId.get(e.getCaseId());
            return new Waiting(ExtensionView.of(e), aCase.getTrackingNumber(), aCase.getTitle());
        }).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExtensionView> ofCase(String caseId, StaffMember staff) {
        casework.requireReadable(caseId, staff);
        return extensions.ofCase(caseId).stream().map(ExtensionView::of).toList();
    }

    private Instant newDue(ExtensionRequest request, CaseClock target) {
        if ((request.newDueAt() == null) == (request.extra() == null)) {
            throw ProblemException.invalidField("newDueAt", "give either newDueAt or extra, not both");
        }
        Instant newDue = request.newDueAt() != null ? request.newDueAt()
                : calendar(target).due(target.getDueAt(), request.extra().limit());
        if (!newDue.isAfter(target.getDueAt())) {
            throw ProblemException.invalidField(request.newDueAt() != null ? "newDueAt" : "extra",
                    "must be after the current due time " + target.getDueAt());
        }
        return newDue;
    }

    private BusinessCalendar calendar(CaseClock target) {
        return calendars.byCode(target.getCalendarCode());
    }

    /** Only the department's own staff act on its cases; to anyone else the case does not exist. */
    private GrievanceCase workable(String caseId, StaffMember staff) {
        return cases.findByIdOptional(caseId).filter(c -> staff.worksIn(c.getDepartment()))
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
    }

    private void audited(DeadlineExtension e, GrievanceCase aCase, StaffMember staff, AuditAction action,
            String detail) {
        audit.append(new AuditRecord.Entry(staff.id(), staff.primaryRole(), action, aCase.getId(),
                e.getDepartment(), e.getDueBefore().toString(), e.getRequestedDueAt().toString(), detail,
                aCase.getTraceId()));
    }
}
