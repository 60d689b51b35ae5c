package org.civicgrievance.routing.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.Authenticated;
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
import org.civicgrievance.platform.validation.TrackingNumberFormat;
import org.civicgrievance.routing.department.Department;
import org.civicgrievance.routing.placement.HandPlacement;
import org.civicgrievance.routing.rule.RuleBook;
import org.civicgrievance.routing.triage.TriageEntry;
import org.civicgrievance.routing.triage.TriageRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Routing's staff pages, the dispatch desk 分派台: a dispatcher places the cases no rule placed (or
 * a department returned) by hand, one page of the triage queue at a time, most urgent first;
 * discipline officials read the same queue; administrators see the departments. Placing goes
 * through {@link HandPlacement}, so the page has exactly the API's rules. A placement that cannot
 * be made is shown again on the page with what was typed and the field that was wrong; one that
 * was made redirects (303) to the desk saying so (Post/Redirect/Get). The CSRF token the forms
 * carry is checked by the platform's SessionCsrfFilter before any of this runs.
 */
@Path(StaffPages.ROOT)
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Staff web")
public class DeskResource {

    static final int MAX_REASON_CHARACTERS = 300;
    private static final String PLACED = "placed";
    private static final String GONE = "gone";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @CheckedTemplate(basePath = "desk")
    static class Templates {

        static native TemplateInstance home(PageFrame page, DeskView view, DeskMessages msg);

        static native TemplateInstance problem(PageFrame page, String title, String text, DeskMessages msg);
    }

    private final TriageRepository triage;
    private final HandPlacement dispatch;
    private final RuleBook ruleBook;
    private final CurrentStaff staff;
    private final JsonWebToken token;
    private final StaffWebTexts frames;
    private final DeskMessages chinese;
    private final DeskMessages english;
    private final ZoneId zone;
    private final Clock clock;

    public DeskResource(TriageRepository triage, HandPlacement dispatch, RuleBook ruleBook, CurrentStaff staff,
            JsonWebToken token, StaffWebTexts frames, DeskMessages chinese, @Localized("en") DeskMessages english,
            @ConfigProperty(name = "grievance.routing.zone") ZoneId zone, Clock clock) {
        this.triage = triage;
        this.dispatch = dispatch;
        this.ruleBook = ruleBook;
        this.staff = staff;
        this.token = token;
        this.frames = frames;
        this.chinese = chinese;
        this.english = english;
        this.zone = zone;
        this.clock = clock;
    }

    @GET
    @Path("/")
    @Authenticated
    @Operation(summary = "The dispatch desk (HTML): the triage queue a page at a time with a place form per case for"
            + " dispatchers, read-only for discipline officials; the departments for administrators")
    public Response home(@QueryParam(PageLanguage.PARAMETER) String langParameter,
            @QueryParam(PageRequest.PAGE_PARAMETER) String page, @QueryParam("q") String trackingNumberSought,
            @QueryParam("departmentsPage") String departmentsPage,
            @QueryParam("outcome") String outcome, @QueryParam("case") String trackingNumber,
            @QueryParam("department") String placedWith) {
        PageLanguage lang = PageLanguage.of(langParameter);
        DeskMessages msg = messages(lang);
        String notice = switch (outcome == null ? "" : outcome) {
            case PLACED -> msg.placed(shortText(trackingNumber), shortText(placedWith));
            case GONE -> msg.alreadyPlaced(shortText(trackingNumber));
            default -> null;
        };
        return desk(Response.Status.OK, lang, new Search(sought(trackingNumberSought), PageRequest.orFirst(page)),
                PageRequest.orFirst(departmentsPage), notice, GONE.equals(outcome), null, null);
    }

    @POST
    @Path("/triage/{caseId}/placement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    @Operation(summary = "Place form (分派): places a waiting case on a department by hand and redirects (303) to the"
            + " desk; a placement that cannot be made shows the desk again with what was typed")
    public Response place(@PathParam("caseId") String caseId, @FormParam(PageLanguage.PARAMETER) String langParameter,
            @FormParam("department") String department, @FormParam("reason") String reason,
            @FormParam(PageRequest.PAGE_PARAMETER) String page, @FormParam("q") String trackingNumberSought) {
        PageLanguage lang = PageLanguage.of(langParameter);
        DeskMessages msg = messages(lang);
        StaffMember member = staff.member();
        if (!member.has(Roles.OPERATOR)) {
            throw new ForbiddenException("only dispatchers place cases");
        }
        String typedDepartment = department == null ? "" : department.strip();
        String typedReason = reason == null ? "" : reason.strip();
        Optional<DeskView.Attempt> wrong = typedDepartment.isEmpty()
                ? Optional.of(new DeskView.Attempt(typedDepartment, typedReason, "department", msg.departmentMissing()))
                : typedReason.isEmpty()
                        ? Optional.of(new DeskView.Attempt(typedDepartment, typedReason, "reason", msg.reasonMissing()))
                        : typedReason.codePointCount(0, typedReason.length()) > MAX_REASON_CHARACTERS
                                ? Optional.of(new DeskView.Attempt(typedDepartment, typedReason, "reason",
                                        msg.reasonTooLong()))
                                : Optional.empty();
        if (wrong.isEmpty()) {
            try {
                var placed = dispatch.place(caseId, typedDepartment, typedReason, member);
                return StaffPages.seeOther(lang.link(StaffPages.HOME + "?outcome=" + PLACED + "&case="
                        + placed.trackingNumber() + "&department=" + placed.department()));
            } catch (ProblemException e) {
                int status = e.problem().getStatus();
                if (status == 404 || status == 409) {
                    // taken from the queue by someone else, or never in it: the desk says so
                    return StaffPages.seeOther(lang.link(StaffPages.HOME + "?outcome=" + GONE));
                }
                if (status != 400) {
                    throw e;
                }
                wrong = Optional.of(new DeskView.Attempt(typedDepartment, typedReason, "department",
                        msg.departmentNotTaking()));
            }
        }
        Log.infof("Placement of case %s from the desk not made: %s", caseId, wrong.get().field());
        return desk(Response.Status.BAD_REQUEST, lang, new Search(sought(trackingNumberSought), PageRequest.orFirst(page)),
                PageRequest.first(), null, false, caseId, wrong.get());
    }

    /** A role that may not post the form: the page says so, with the way back to the desk. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        PageLanguage lang = PageLanguage.of(uri.getQueryParameters().getFirst(PageLanguage.PARAMETER));
        DeskMessages msg = messages(lang);
        return StaffPages.html(Response.Status.FORBIDDEN, Templates.problem(frame(lang, StaffPages.HOME), msg.forbiddenTitle(),
                msg.notForYou(), msg).render());
    }

    /** Which page of the triage queue the desk shows, narrowed to one tracking number when one is sought. */
    private record Search(String trackingNumber, PageRequest page) {

        String link(int pageNumber) {
            StringBuilder link = new StringBuilder(StaffPages.HOME);
            if (trackingNumber != null) {
                link.append("?q=").append(trackingNumber);
            }
            if (pageNumber > 1) {
                link.append(trackingNumber == null ? "?" : "&").append(PageRequest.PAGE_PARAMETER).append('=')
                        .append(pageNumber);
            }
            return link.toString();
        }
    }

    /** A tracking number as typed, when it is one (GR-2026-00000001, or a part of a split: …-2); else none. */
    private static String sought(String typed) {
        return TrackingNumberFormat.typed(typed);
    }

    private Response desk(Response.Status status, PageLanguage lang, Search search, PageRequest departmentsPage, String notice, boolean noticeIsProblem, String attemptedCase,
            DeskView.Attempt attempt) {
        DeskMessages msg = messages(lang);
        StaffMember member = staff.member();
        boolean dispatcher = member.has(Roles.OPERATOR);
        boolean readsTriage = dispatcher || member.has(Roles.INSPECTOR);
        boolean admin = member.has(Roles.ADMIN);
        RuleBook.Snapshot book = ruleBook.current();
        DeskView.Triage queue = null;
        int shownPage = 1;
        if (readsTriage) {
            Page<TriageEntry> waiting = triage.waiting(search.trackingNumber(), search.page());
            shownPage = waiting.page();
            Instant now = clock.instant();
            queue = new DeskView.Triage(waiting.items().stream()
                    .map(t -> row(t, now, t.getCaseId().equals(attemptedCase) ? attempt : null, lang)).toList(),
                    waiting.page(), search.trackingNumber(), frames.pageLinks(waiting, n -> lang.link(search.link(n)), lang));
        }
        List<Department> all = book.departments().values().stream().sorted(Comparator.comparing(Department::getCode))
                .toList();
        List<DeskView.Choice> choices = dispatcher ? all.stream().filter(Department::isActive)
                .map(d -> new DeskView.Choice(d.getCode(), name(d, lang) + " (" + d.getCode() + ")")).toList()
                : List.of();
        DeskView view = new DeskView(msg.signedInAs(StaffPages.displayName(token)), queue, dispatcher, choices,
                admin ? directory(all, departmentsPage, lang) : null, notice, noticeIsProblem,
                !readsTriage && !admin);
        String path = search.link(shownPage);
        return StaffPages.html(status, Templates.home(frame(lang, path), view, msg).render());
    }

    /** The departments as administrators read them, a page at a time: the routing book holds them in memory. */
    private DeskView.Directory directory(List<Department> all, PageRequest requested, PageLanguage lang) {
        DeskMessages msg = messages(lang);
        PageRequest page = requested.within(all.size());
        List<DeskView.DepartmentRow> rows = all.stream().skip(page.offset()).limit(page.size())
                .map(d -> new DeskView.DepartmentRow(d.getCode(), name(d, lang),
                        d.getDistricts() == null || d.getDistricts().isEmpty() ? msg.everywhere()
                                : String.join(", ", d.getDistricts()),
                        d.isActive() ? msg.active() : msg.inactive()))
                .toList();
        return new DeskView.Directory(rows, frames.pageLinks(Page.of(rows, page, all.size()),
                n -> lang.link(StaffPages.HOME + "?departmentsPage=" + n), lang));
    }

    private DeskView.TriageRow row(TriageEntry t, Instant now, DeskView.Attempt attempt, PageLanguage lang) {
        DeskMessages msg = messages(lang);
        String why = t.getReturnedByDepartment() != null ? msg.returnedBy(t.getReturnedByDepartment(), t.getReturnedBy())
                : t.getReason() == null || t.getReason().isBlank() ? msg.noRule() : t.getReason();
        return new DeskView.TriageRow("triage-" + t.getCaseId().replaceAll("[^A-Za-z0-9-]", "-"), t.getTrackingNumber(),
                frames.priority(t.getPriority().name(), lang), t.getPriority().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                t.getCategory(), why, shown(t.getParkedAt()), shown(t.getDueAt()), t.getDueAt().toString(),
                now.isAfter(t.getDueAt()), StaffPages.ROOT + "/triage/" + t.getCaseId() + "/placement", attempt);
    }


    private static String name(Department d, PageLanguage lang) {
        return lang == PageLanguage.EN ? d.getNameEn() : d.getNameZh();
    }

    /** What the address says back on the page: bounded, never trusted beyond being text. */
    private static String shortText(String value) {
        return value == null ? "" : value.length() > 64 ? value.substring(0, 64) : value;
    }

    private String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    private DeskMessages messages(PageLanguage lang) {
        return lang == PageLanguage.EN ? english : chinese;
    }

    private PageFrame frame(PageLanguage lang, String path) {
        return frames.frame(lang, path, CsrfTokens.forSession(token.getRawToken()));
    }
}
