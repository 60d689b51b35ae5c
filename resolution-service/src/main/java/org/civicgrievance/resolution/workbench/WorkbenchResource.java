package org.civicgrievance.resolution.workbench;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.platform.security.web.CsrfTokens;
import org.civicgrievance.platform.security.web.PageFrame;
import org.civicgrievance.platform.security.web.PageLanguage;
import org.civicgrievance.platform.security.web.StaffPages;
import org.civicgrievance.platform.security.web.StaffWebTexts;
import org.civicgrievance.resolution.calendar.CalendarHorizon;
import org.civicgrievance.resolution.calendar.TimeLimit;
import org.civicgrievance.resolution.casework.CaseOutcome;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.CaseView;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.casework.IllegalTransitionException;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.ClockRepository;
import org.civicgrievance.resolution.deadline.extension.ExtensionRequests.ExtensionRequest;
import org.civicgrievance.resolution.deadline.extension.Extensions;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.LimitBody;
import org.civicgrievance.resolution.deadline.warning.WarningRepository;
import org.civicgrievance.resolution.evaluation.HandlingEvaluations;
import org.civicgrievance.resolution.queue.QueueFilter;
import org.civicgrievance.resolution.queue.QueuedCase;
import org.civicgrievance.resolution.queue.Queues;
import org.civicgrievance.resolution.supervision.OverdueCases;
import org.civicgrievance.resolution.supervision.OverdueCases.OverdueCase;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The case workbench: the staff page of a department's queue and of the cases one holds, with a
 * Claim or Resolve form for each. Every change goes through {@link CaseworkService}, so the page
 * has exactly the API's rules (another department's case is not found, inspectors only read).
 * Forms post, then redirect (303) to a page that says what happened (Post/Redirect/Get); the
 * CSRF token they carry is checked by the platform's SessionCsrfFilter before any of this runs.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Staff web")
public class WorkbenchResource {

    static final int MAX_NOTE_CHARACTERS = 2000;
    static final int MAX_REASON_CHARACTERS = 1000;
    static final int MAX_WHERE_ELSE_CHARACTERS = 500;
    static final int MAX_RETURN_REASON_CHARACTERS = 500;
    static final int MAX_EXTENSION_TEXT_CHARACTERS = 500;
    /** The clocks a holder may ask more time on from the page: the ones that run while they hold the case. */
    private static final Set<ClockKind> EXTENSIBLE = EnumSet.of(ClockKind.RESOLUTION, ClockKind.UPDATE);
    private static final Set<TimeLimit.Unit> EXTRA_UNITS = EnumSet.of(TimeLimit.Unit.WORKING_DAYS,
            TimeLimit.Unit.WORKING_HOURS);
    static final int MAX_RATING_COMMENT_CHARACTERS = 500;

    private final CaseworkService casework;
    private final CurrentStaff staff;
    private final JsonWebToken token;
    private final WorkbenchPages pages;
    private final StaffWebTexts frames;
    private final HandlingEvaluations evaluations;
    private final Extensions extensions;
    private final ClockRepository clocks;
    private final WarningRepository warnings;
    private final CalendarHorizon horizon;
    private final Queues queues;
    private final OverdueCases overdue;

    public WorkbenchResource(CaseworkService casework, CurrentStaff staff, JsonWebToken token, WorkbenchPages pages,
            StaffWebTexts frames, HandlingEvaluations evaluations, Extensions extensions, ClockRepository clocks,
            WarningRepository warnings, CalendarHorizon horizon, Queues queues, OverdueCases overdue) {
        this.horizon = horizon;
        this.queues = queues;
        this.overdue = overdue;
        this.evaluations = evaluations;
        this.casework = casework;
        this.staff = staff;
        this.token = token;
        this.pages = pages;
        this.frames = frames;
        this.extensions = extensions;
        this.clocks = clocks;
        this.warnings = warnings;
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "The workbench: the cases I hold and the department's queue, most urgent first, searchable,"
            + " one page of each at a time; supervisors' extension requests waiting; inspectors' overdue cases (HTML)")
    public Response home(@QueryParam(PageLanguage.PARAMETER) String langParameter,
            @QueryParam("department") String departmentParameter, @QueryParam(Outcome.PARAMETER) String outcomeCode,
            @QueryParam(Outcome.CASE_PARAMETER) String trackingNumber, @QueryParam("q") String text,
            @QueryParam("category") String category, @QueryParam("district") String district,
            @QueryParam("priority") String priority, @QueryParam("card") String card,
            @QueryParam(PageRequest.PAGE_PARAMETER) String queuePage,
            @QueryParam(HomeAddress.HELD_PAGE_PARAMETER) String heldPage,
            @QueryParam(HomeAddress.APPROVALS_PAGE_PARAMETER) String approvalsPage,
            @QueryParam(HomeAddress.OVERDUE_PAGE_PARAMETER) String overduePage) {
        PageLanguage lang = PageLanguage.of(langParameter);
        WorkbenchMessages msg = pages.messages(lang);
        StaffMember member = staff.member();
        boolean inspector = member.has(Roles.INSPECTOR) && member.department() == null;
        String department = blankToNull(departmentParameter) != null ? departmentParameter.strip() : member.department();
        String chosen = inspector ? department : null;

        // a search the lists cannot take is said on the page, with what was typed still in the form
        QueueFilter filter;
        String filterProblem = null;
        try {
            filter = QueueFilter.of(text, category, district, priority, card);
        } catch (ProblemException e) {
            filter = QueueFilter.NONE;
            filterProblem = msg.searchNotUnderstood();
        }
        PageRequest queueRequest = PageRequest.orFirst(queuePage);
        Page<QueuedCase> queue = department == null ? Page.of(List.of(), queueRequest, 0)
                : queues.waiting(department, member, filter, queueRequest);
        Page<QueuedCase> held = queues.heldBy(member, filter, PageRequest.orFirst(heldPage));
        boolean decides = member.has(Roles.SUPERVISOR) && member.department() != null
                && member.worksIn(member.department());
        Page<Extensions.Waiting> approvals = decides ? extensions.waitingFor(member, PageRequest.orFirst(approvalsPage))
                : null;
        Page<OverdueCase> late = inspector ? overdue.overdue(chosen, member, PageRequest.orFirst(overduePage)) : null;
        HomeAddress here = new HomeAddress(chosen, filter, queue.page(), held.page(),
                approvals == null ? 1 : approvals.page(), late == null ? 1 : late.page());

        List<String> departments = inspector ? casework.departmentsWithQueues(member) : List.of();
        Optional<Outcome> outcome = Outcome.of(outcomeCode);
        String problem = filterProblem != null ? filterProblem
                : outcome.flatMap(o -> o.text(msg, trackingNumber)).orElse(null);
        HomeView view = new HomeView(msg.signedInAs(StaffPages.displayName(token)), department, inspector,
                departments,
                pages.filter(text, category, district, filter, HomeAddress.of(chosen).link(lang), lang),
                pages.listing(queue, n -> here.withQueuePage(n).link(lang), lang),
                pages.listing(held, n -> here.withHeldPage(n).link(lang), lang),
                approvals == null ? null : pages.approvals(approvals, n -> here.withApprovalsPage(n).link(lang), lang),
                late == null ? null : pages.overdue(late, n -> here.withOverduePage(n).link(lang), lang),
                department != null && member.worksIn(department), problem,
                filterProblem != null || outcome.map(Outcome::problem).orElse(false),
                member.has(Roles.INSPECTOR) || member.has(Roles.SUPERVISOR) ? horizonWarnings(msg) : List.of());
        return StaffPages.html(Response.Status.OK, pages.home(frame(lang, here.link(PageLanguage.ZH)), view, lang));
    }

    private List<String> horizonWarnings(WorkbenchMessages msg) {
        return horizon.warnings().stream()
                .map(w -> msg.horizonWarning(w.calendar(), w.confirmedThrough().toString())).toList();
    }

    @GET
    @Path("/cases/{caseId}")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "One case (HTML); contact details unmasked only for the handler holding it")
    public Response caseDetail(@PathParam("caseId") String caseId, @QueryParam(PageLanguage.PARAMETER) String langParameter,
            @QueryParam(Outcome.PARAMETER) String outcomeCode, @QueryParam(Outcome.CASE_PARAMETER) String trackingNumber) {
        PageLanguage lang = PageLanguage.of(langParameter);
        Optional<Outcome> outcome = Outcome.of(outcomeCode);
        Notice notice = outcome.flatMap(o -> o.text(pages.messages(lang), trackingNumber)
                .map(text -> new Notice(text, o.problem()))).orElse(null);
        StaffMember member = staff.member();
        CaseView view = casework.view(caseId, member);
        boolean works = member.worksIn(view.department());
        boolean claimable = works && view.status() == CaseStatus.QUEUED;
        boolean holder = works && member.id().equals(view.handler());
        boolean resolvable = holder && view.status().canBecome(CaseStatus.RESOLVED);
        boolean returnable = works && view.status().canBecome(CaseStatus.RETURNED)
                && (view.status() == CaseStatus.QUEUED || holder || member.has(Roles.SUPERVISOR));
        CaseDetailView.Actions actions = new CaseDetailView.Actions(WorkbenchPages.caseLink(caseId),
                holder && view.status().canBecome(CaseStatus.IN_PROGRESS)
                        && view.status() != CaseStatus.WAITING_FOR_RESIDENT,
                holder && view.status().canBecome(CaseStatus.WAITING_FOR_RESIDENT),
                holder && view.status() == CaseStatus.WAITING_FOR_RESIDENT, returnable, works,
                works && member.has(Roles.SUPERVISOR) && !holder
                        && (view.status() == CaseStatus.RESOLVED || view.status() == CaseStatus.CLOSED));
        return StaffPages.html(Response.Status.OK, pages.caseDetail(frame(lang, WorkbenchPages.caseLink(caseId)), notice,
                pages.detail(view, claimable, resolvable, actions, casework.notes(caseId, member),
                        evaluations.ratingsOf(caseId),
                        deadlines(caseId, holder, works && member.has(Roles.SUPERVISOR), member, lang), lang), lang));
    }

    /** The clocks and extensions of a case the member may read, with the forms their role allows. */
    private CaseDetailView.Deadlines deadlines(String caseId, boolean holder, boolean supervisor, StaffMember member,
            PageLanguage lang) {
        List<CaseClock> ofCase = clocks.ofCase(caseId);
        boolean mayAsk = holder && ofCase.stream().anyMatch(c -> c.isLive() && EXTENSIBLE.contains(c.getKind()));
        return new CaseDetailView.Deadlines(pages.clocks(ofCase, warnings.ofCase(caseId), lang),
                pages.extensions(extensions.ofCase(caseId, member), caseId, supervisor, member.id(), lang),
                mayAsk ? WorkbenchPages.caseLink(caseId) + "/extensions" : null);
    }

    @POST
    @Path("/cases/{caseId}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Claim form (认领): redirects (303) to the workbench with the outcome")
    public Response claim(@PathParam("caseId") String caseId, @FormParam(PageLanguage.PARAMETER) String langParameter) {
        PageLanguage lang = PageLanguage.of(langParameter);
        try {
            return afterForm(lang, Outcome.CLAIMED, caseId, casework.claimWithoutViewing(caseId, staff.member()));
        } catch (IllegalTransitionException e) {
            return afterForm(lang, Outcome.NOT_CLAIMABLE, caseId, trackingNumberOf(caseId));
        }
    }

    @POST
    @Path("/cases/{caseId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Resolve form (办结) with the outcome and the note the resident reads: redirects (303) to the workbench")
    public Response resolve(@PathParam("caseId") String caseId, @FormParam("outcome") String outcome,
            @FormParam("note") String note, @FormParam("reason") String reason, @FormParam("whereElse") String whereElse,
            @FormParam(PageLanguage.PARAMETER) String langParameter) {
        PageLanguage lang = PageLanguage.of(langParameter);
        String trackingNumber = trackingNumberOf(caseId); // also 404 for a case out of reach, before the note is judged
        if (note == null || note.isBlank()) {
            return afterForm(lang, Outcome.NOTE_MISSING, caseId, trackingNumber);
        }
        if (tooLong(note, MAX_NOTE_CHARACTERS)) {
            return afterForm(lang, Outcome.NOTE_TOO_LONG, caseId, trackingNumber);
        }
        if (tooLong(reason, MAX_REASON_CHARACTERS) || tooLong(whereElse, MAX_WHERE_ELSE_CHARACTERS)) {
            return afterForm(lang, Outcome.TEXT_TOO_LONG, caseId, trackingNumber);
        }
        Optional<CaseOutcome> chosen = Arrays.stream(CaseOutcome.values()).filter(o -> o.name().equals(outcome)).findFirst();
        if (chosen.isEmpty()) {
            return afterForm(lang, Outcome.DETAILS_MISSING, caseId, trackingNumber);
        }
        try {
            casework.resolveWithoutViewing(caseId, new CaseworkService.Resolution(chosen.get(), note.strip(),
                    strip(reason), strip(whereElse)), staff.member());
            return afterForm(lang, Outcome.RESOLVED, caseId, trackingNumber);
        } catch (IllegalTransitionException e) {
            return afterForm(lang, Outcome.NOT_RESOLVABLE, caseId, trackingNumber);
        } catch (ProblemException e) {
            return refused(e, lang, caseId, trackingNumber);
        }
    }

    @POST
    @Path("/cases/{caseId}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Start form: the holder starts investigating; redirects (303) to the workbench")
    public Response start(@PathParam("caseId") String caseId, @FormParam(PageLanguage.PARAMETER) String langParameter) {
        return act(caseId, PageLanguage.of(langParameter), Outcome.STARTED, member -> casework.start(caseId, member));
    }

    @POST
    @Path("/cases/{caseId}/wait-for-resident")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Ask-the-resident form: the question the resident reads; the time limit pauses")
    public Response waitForResident(@PathParam("caseId") String caseId, @FormParam("question") String question,
            @FormParam(PageLanguage.PARAMETER) String langParameter) {
        return act(caseId, PageLanguage.of(langParameter), Outcome.WAITING, requiredText(question, MAX_NOTE_CHARACTERS),
                member -> casework.waitForResident(caseId, question.strip(), member));
    }

    @POST
    @Path("/cases/{caseId}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Resume form: the holder carries on without waiting for the resident")
    public Response resume(@PathParam("caseId") String caseId, @FormParam(PageLanguage.PARAMETER) String langParameter) {
        return act(caseId, PageLanguage.of(langParameter), Outcome.RESUMED, member -> casework.resume(caseId, member));
    }

    @POST
    @Path("/cases/{caseId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Return form (退单) with the reason routing reads; the case leaves the department, so the"
            + " form must also carry confirm=yes (its checkbox)")
    public Response returnToRouting(@PathParam("caseId") String caseId, @FormParam("reason") String reason,
            @FormParam("confirm") String confirm, @FormParam(PageLanguage.PARAMETER) String langParameter) {
        Optional<Outcome> badInput = requiredText(reason, MAX_RETURN_REASON_CHARACTERS)
                .or(() -> "yes".equals(confirm) ? Optional.empty() : Optional.of(Outcome.NOT_CONFIRMED));
        return act(caseId, PageLanguage.of(langParameter), Outcome.RETURNED, badInput,
                member -> casework.returnToRouting(caseId, reason.strip(), member));
    }

    @POST
    @Path("/cases/{caseId}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Note form: internal, or visible to the resident when the box is ticked")
    public Response addNote(@PathParam("caseId") String caseId, @FormParam("text") String text,
            @FormParam("visibleToResident") String visibleToResident,
            @FormParam(PageLanguage.PARAMETER) String langParameter) {
        return act(caseId, PageLanguage.of(langParameter), Outcome.NOTE_ADDED, requiredText(text, MAX_NOTE_CHARACTERS),
                member -> casework.addNote(caseId, text.strip(), "on".equals(visibleToResident)
                        || "true".equals(visibleToResident), member));
    }

    @POST
    @Path("/cases/{caseId}/handling-rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Handling rating form (一诺双评): a supervisor's 1-5 stars for the current resolution, once")
    public Response rateHandling(@PathParam("caseId") String caseId, @FormParam("stars") String stars,
            @FormParam("comment") String comment, @FormParam(PageLanguage.PARAMETER) String langParameter) {
        Optional<Integer> chosen = Optional.ofNullable(stars).filter(s -> s.matches("[1-5]")).map(Integer::valueOf);
        Optional<Outcome> badInput = chosen.isEmpty() ? Optional.of(Outcome.DETAILS_MISSING)
                : tooLong(comment, MAX_RATING_COMMENT_CHARACTERS) ? Optional.of(Outcome.TEXT_TOO_LONG) : Optional.empty();
        return act(caseId, PageLanguage.of(langParameter), Outcome.HANDLING_RATED, badInput,
                member -> evaluations.rate(caseId, chosen.orElseThrow(), strip(comment), member));
    }

    @POST
    @Path("/cases/{caseId}/extensions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Extension form (延期): the holder asks for more working days or hours on the resolution or "
            + "update time limit, with a reason the resident is shown; a supervisor decides")
    public Response askForExtension(@PathParam("caseId") String caseId, @FormParam("clock") String clock,
            @FormParam("reason") String reason, @FormParam("amount") String amount, @FormParam("unit") String unit,
            @FormParam(PageLanguage.PARAMETER) String langParameter) {
        Optional<ClockKind> kind = EXTENSIBLE.stream().filter(k -> k.name().equals(clock)).findFirst();
        Optional<TimeLimit.Unit> extraUnit = EXTRA_UNITS.stream().filter(u -> u.name().equals(unit)).findFirst();
        Optional<Integer> extra = positive(amount);
        Optional<Outcome> badInput = requiredText(reason, MAX_EXTENSION_TEXT_CHARACTERS)
                .or(() -> kind.isEmpty() || extraUnit.isEmpty() || extra.isEmpty()
                        ? Optional.of(Outcome.DETAILS_MISSING) : Optional.empty());
        return act(caseId, PageLanguage.of(langParameter), Outcome.EXTENSION_REQUESTED, badInput,
                member -> extensions.request(caseId, new ExtensionRequest(kind.get(), reason.strip(), null,
                        new LimitBody(extra.get(), extraUnit.get())), member));
    }

    @POST
    @Path("/cases/{caseId}/extensions/{extensionId}/{decision: approval|refusal}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Approve or refuse form: another supervisor of the department decides; an approval of the "
            + "resolution time limit tells the resident")
    public Response decideOnExtension(@PathParam("caseId") String caseId, @PathParam("extensionId") String extensionId,
            @PathParam("decision") String decision, @FormParam("note") String note,
            @FormParam(PageLanguage.PARAMETER) String langParameter) {
        boolean approve = "approval".equals(decision);
        Optional<Outcome> badInput = tooLong(note, MAX_EXTENSION_TEXT_CHARACTERS) ? Optional.of(Outcome.TEXT_TOO_LONG)
                : Optional.empty();
        return act(caseId, PageLanguage.of(langParameter),
                approve ? Outcome.EXTENSION_APPROVED : Outcome.EXTENSION_REFUSED, badInput,
                member -> extensions.decide(caseId, extensionId, approve, note, member));
    }

    /** A whole number of at least 1 (and at most what the API takes), else empty. */
    private static Optional<Integer> positive(String amount) {
        try {
            int value = Integer.parseInt(amount == null ? "" : amount.strip());
            return value >= 1 && value <= 100_000 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Another department's case, or none: the page says "not found", as the API does. Other problems: a page too. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        PageLanguage lang = PageLanguage.of(uri.getQueryParameters().getFirst(PageLanguage.PARAMETER));
        WorkbenchMessages msg = pages.messages(lang);
        int status = e.problem().getStatus();
        if (status == Response.Status.NOT_FOUND.getStatusCode()) {
            return problemPage(Response.Status.NOT_FOUND, msg.notFoundTitle(), msg.notFoundText(), lang);
        }
        Log.warnf("Workbench request failed with %s", typeOf(e));
        return problemPage(Response.Status.fromStatusCode(status), msg.errorTitle(), msg.errorText(), lang);
    }

    /**
     * A role that may not see the page or post the form (an inspector's forged Claim, say). A member
     * with no part in the workbench at all (a dispatcher, an administrator) is told where their pages
     * are, not sent back to a home that refuses them again.
     */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        PageLanguage lang = PageLanguage.of(uri.getQueryParameters().getFirst(PageLanguage.PARAMETER));
        WorkbenchMessages msg = pages.messages(lang);
        StaffMember member = staff.member();
        boolean works = member.has(Roles.HANDLER) || member.has(Roles.SUPERVISOR) || member.has(Roles.INSPECTOR);
        return works ? problemPage(Response.Status.FORBIDDEN, msg.forbiddenTitle(), msg.forbiddenText(), lang)
                : StaffPages.html(Response.Status.FORBIDDEN, pages.problem(frame(lang, HomeAddress.HOME),
                        msg.forbiddenTitle(), msg.notForYourRole(), null, lang));
    }

    private Response problemPage(Response.Status status, String title, String text, PageLanguage lang) {
        return StaffPages.html(status, pages.problem(frame(lang, HomeAddress.HOME), title, text,
                HomeAddress.of(null).link(lang), lang));
    }

    private Response act(String caseId, PageLanguage lang, Outcome done, Consumer<StaffMember> action) {
        return act(caseId, lang, done, Optional.empty(), action);
    }

    /**
     * Runs one lifecycle form and redirects to the workbench saying what became of it; a form that
     * lacks a required text (or has too much) changes nothing.
     */
    private Response act(String caseId, PageLanguage lang, Outcome done, Optional<Outcome> badInput,
            Consumer<StaffMember> action) {
        String trackingNumber = trackingNumberOf(caseId); // 404 for a case out of reach, before the input is judged
        if (badInput.isPresent()) {
            return afterForm(lang, badInput.get(), caseId, trackingNumber);
        }
        try {
            action.accept(staff.member());
            return afterForm(lang, done, caseId, trackingNumber);
        } catch (ProblemException e) {
            return refused(e, lang, caseId, trackingNumber);
        }
    }

    /** What a refused form tells the user: only codes reach the page, never the problem's own text. */
    private Response refused(ProblemException e, PageLanguage lang, String caseId, String trackingNumber) {
        if ("not-case-holder".equals(typeOf(e))) {
            return afterForm(lang, Outcome.NOT_HOLDER, caseId, trackingNumber);
        }
        return switch (e.problem().getStatus()) {
            case 400 -> afterForm(lang, Outcome.DETAILS_MISSING, caseId, trackingNumber);
            case 409 -> afterForm(lang, Outcome.NOT_ALLOWED, caseId, trackingNumber);
            default -> throw e;
        };
    }

    /** Empty when the text is there and short enough; else what the form should say. */
    private static Optional<Outcome> requiredText(String text, int maxCharacters) {
        if (text == null || text.isBlank()) {
            return Optional.of(Outcome.DETAILS_MISSING);
        }
        return tooLong(text, maxCharacters) ? Optional.of(Outcome.TEXT_TOO_LONG) : Optional.empty();
    }

    private static boolean tooLong(String text, int maxCharacters) {
        return text != null && text.strip().codePointCount(0, text.strip().length()) > maxCharacters;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Back to the case with what became of the form, so the handler goes on where they were; to the
     * workbench when the case has left the department (returned to routing).
     */
    private Response afterForm(PageLanguage lang, Outcome outcome, String caseId, String trackingNumber) {
        String page = outcome.leavesTheDepartment() ? HomeAddress.HOME : WorkbenchPages.caseLink(caseId);
        String location = page + "?" + Outcome.PARAMETER + "=" + outcome.code() + "&"
                + Outcome.CASE_PARAMETER + "=" + trackingNumber;
        return StaffPages.seeOther(lang.link(location));
    }

    /** The case's tracking number as this member may see it; 404 (via the mapper) when out of reach. */
    private String trackingNumberOf(String caseId) {
        return casework.trackingNumber(caseId, staff.member());
    }

    private PageFrame frame(PageLanguage lang, String path) {
        return frames.frame(lang, path, CsrfTokens.forSession(token.getRawToken()));
    }

    private static String typeOf(ProblemException e) {
        String type = e.problem().getType();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
