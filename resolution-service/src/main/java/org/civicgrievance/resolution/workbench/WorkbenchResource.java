package org.civicgrievance.resolution.workbench;

import java.util.List;
import java.util.Optional;

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

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.platform.security.web.CsrfTokens;
import org.civicgrievance.platform.security.web.PageFrame;
import org.civicgrievance.platform.security.web.PageLanguage;
import org.civicgrievance.platform.security.web.StaffPages;
import org.civicgrievance.platform.security.web.StaffWebTexts;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.CaseView;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.casework.IllegalTransitionException;
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

    private final CaseworkService casework;
    private final CurrentStaff staff;
    private final JsonWebToken token;
    private final WorkbenchPages pages;
    private final StaffWebTexts frames;

    public WorkbenchResource(CaseworkService casework, CurrentStaff staff, JsonWebToken token, WorkbenchPages pages,
            StaffWebTexts frames) {
        this.casework = casework;
        this.staff = staff;
        this.token = token;
        this.pages = pages;
        this.frames = frames;
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "The workbench: the department's queue and the cases I hold (HTML)")
    public Response home(@QueryParam(PageLanguage.PARAMETER) String langParameter,
            @QueryParam("department") String departmentParameter, @QueryParam(Outcome.PARAMETER) String outcomeCode,
            @QueryParam(Outcome.CASE_PARAMETER) String trackingNumber) {
        PageLanguage lang = PageLanguage.of(langParameter);
        WorkbenchMessages msg = pages.messages(lang);
        StaffMember member = staff.member();
        boolean inspector = member.has(Roles.INSPECTOR) && member.department() == null;
        String department = blankToNull(departmentParameter) != null ? departmentParameter.strip() : member.department();

        List<GrievanceCase> queue = department == null ? List.of() : casework.queue(department, member);
        List<String> departments = inspector ? casework.departmentsWithQueues(member) : List.of();
        Optional<Outcome> outcome = Outcome.of(outcomeCode);
        HomeView view = new HomeView(msg.signedInAs(displayName()), department, inspector, departments,
                pages.rows(queue, lang), pages.rows(casework.heldBy(member), lang),
                department != null && member.worksIn(department),
                outcome.flatMap(o -> o.text(msg, trackingNumber)).orElse(null),
                outcome.map(Outcome::problem).orElse(false));
        String path = WorkbenchPages.homeLink(PageLanguage.ZH, inspector ? department : null);
        return html(Response.Status.OK, pages.home(frame(lang, path), view, lang));
    }

    @GET
    @Path("/cases/{caseId}")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "One case (HTML); contact details unmasked only for the handler holding it")
    public Response caseDetail(@PathParam("caseId") String caseId, @QueryParam(PageLanguage.PARAMETER) String langParameter) {
        PageLanguage lang = PageLanguage.of(langParameter);
        StaffMember member = staff.member();
        CaseView view = casework.view(caseId, member);
        boolean works = member.worksIn(view.department());
        boolean claimable = works && view.status() == CaseStatus.QUEUED;
        boolean resolvable = works && view.status().canBecome(CaseStatus.RESOLVED) && member.id().equals(view.handler());
        return html(Response.Status.OK, pages.caseDetail(frame(lang, WorkbenchPages.caseLink(caseId)),
                pages.detail(view, claimable, resolvable, lang), lang));
    }

    @POST
    @Path("/cases/{caseId}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Claim form (认领): redirects (303) to the workbench with the outcome")
    public Response claim(@PathParam("caseId") String caseId, @FormParam(PageLanguage.PARAMETER) String langParameter) {
        PageLanguage lang = PageLanguage.of(langParameter);
        try {
            return afterForm(lang, Outcome.CLAIMED, casework.claimWithoutViewing(caseId, staff.member()));
        } catch (IllegalTransitionException e) {
            return afterForm(lang, Outcome.NOT_CLAIMABLE, trackingNumberOf(caseId));
        }
    }

    @POST
    @Path("/cases/{caseId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Resolve form (办结) with the note the resident reads: redirects (303) to the workbench")
    public Response resolve(@PathParam("caseId") String caseId, @FormParam("note") String note,
            @FormParam(PageLanguage.PARAMETER) String langParameter) {
        PageLanguage lang = PageLanguage.of(langParameter);
        String trackingNumber = trackingNumberOf(caseId); // also 404 for a case out of reach, before the note is judged
        if (note == null || note.isBlank()) {
            return afterForm(lang, Outcome.NOTE_MISSING, trackingNumber);
        }
        if (note.strip().codePointCount(0, note.strip().length()) > MAX_NOTE_CHARACTERS) {
            return afterForm(lang, Outcome.NOTE_TOO_LONG, trackingNumber);
        }
        try {
            casework.resolveWithoutViewing(caseId, note.strip(), staff.member());
            return afterForm(lang, Outcome.RESOLVED, trackingNumber);
        } catch (IllegalTransitionException e) {
            return afterForm(lang, Outcome.NOT_RESOLVABLE, trackingNumber);
        } catch (ProblemException e) {
            if ("not-case-holder".equals(typeOf(e))) {
                return afterForm(lang, Outcome.NOT_HOLDER, trackingNumber);
            }
            throw e;
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

    /** A role that may not see the page or post the form (an inspector's forged Claim, say). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        PageLanguage lang = PageLanguage.of(uri.getQueryParameters().getFirst(PageLanguage.PARAMETER));
        WorkbenchMessages msg = pages.messages(lang);
        return problemPage(Response.Status.FORBIDDEN, msg.forbiddenTitle(), msg.forbiddenText(), lang);
    }

    private Response problemPage(Response.Status status, String title, String text, PageLanguage lang) {
        return html(status, pages.problem(frame(lang, WorkbenchPages.HOME), title, text, lang));
    }

    private Response afterForm(PageLanguage lang, Outcome outcome, String trackingNumber) {
        String location = WorkbenchPages.HOME + "?" + Outcome.PARAMETER + "=" + outcome.code() + "&"
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

    private String displayName() {
        String name = token.getClaim("name");
        return name == null || name.isBlank() ? token.getName() : name + " (" + token.getName() + ")";
    }

    private static Response html(Response.Status status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static String typeOf(ProblemException e) {
        String type = e.problem().getType();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
