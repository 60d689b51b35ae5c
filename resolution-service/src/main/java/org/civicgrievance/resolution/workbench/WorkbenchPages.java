package org.civicgrievance.resolution.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;

import org.civicgrievance.platform.security.web.PageFrame;
import org.civicgrievance.platform.security.web.PageLanguage;
import org.civicgrievance.resolution.casework.CaseNote;
import org.civicgrievance.resolution.casework.CaseOutcome;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.CaseView;
import org.civicgrievance.resolution.casework.Contact;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.evaluation.SupervisorRating;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns cases into the workbench's rows and pages, in the page's language and the city's time zone. */
@ApplicationScoped
public class WorkbenchPages {

    static final String HOME = "/staff/";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @CheckedTemplate(basePath = "workbench")
    public static class Templates {

        public static native TemplateInstance home(PageFrame page, HomeView view, WorkbenchMessages msg);

        public static native TemplateInstance caseDetail(PageFrame page, CaseDetailView view, WorkbenchMessages msg);

        public static native TemplateInstance problem(PageFrame page, String title, String text, String backLink,
                WorkbenchMessages msg);
    }

    private final WorkbenchMessages chinese;
    private final WorkbenchMessages english;
    private final ZoneId zone;

    public WorkbenchPages(WorkbenchMessages chinese, @Localized("en") WorkbenchMessages english,
            @ConfigProperty(name = "grievance.resolution.zone") ZoneId zone) {
        this.chinese = chinese;
        this.english = english;
        this.zone = zone;
    }

    public WorkbenchMessages messages(PageLanguage lang) {
        return lang == PageLanguage.EN ? english : chinese;
    }

    String home(PageFrame page, HomeView view, PageLanguage lang) {
        return Templates.home(page, view, messages(lang)).render();
    }

    String caseDetail(PageFrame page, CaseDetailView view, PageLanguage lang) {
        return Templates.caseDetail(page, view, messages(lang)).render();
    }

    String problem(PageFrame page, String title, String text, PageLanguage lang) {
        return Templates.problem(page, title, text, homeLink(lang, null), messages(lang)).render();
    }

    List<CaseRow> rows(List<GrievanceCase> cases, PageLanguage lang) {
        return cases.stream()
                .map(c -> row(c.getId(), c.getTrackingNumber(), c.getCategory(), c.getTitle(), c.getQueuedAt(),
                        c.getStatus(), lang))
                .toList();
    }

    CaseDetailView detail(CaseView c, boolean claimable, boolean resolvable, CaseDetailView.Actions actions,
            List<CaseNote> notes, List<SupervisorRating> handlingRatings, PageLanguage lang) {
        Contact contact = c.contact();
        WorkbenchMessages msg = messages(lang);
        return new CaseDetailView(row(c.caseId(), c.trackingNumber(), c.category(), c.title(), c.queuedAt(), c.status(), lang),
                c.kind(), c.description(), c.address(), c.district(),
                contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                contact == null ? null : contact.email(), c.priority(), shown(c.submittedAt()), c.handler(),
                c.resolutionNote(), claimable, resolvable, homeLink(lang, null),
                c.outcome() == null ? null : outcome(c.outcome(), msg), c.outcomeReason(), c.whereElse(),
                c.mergedInto(), c.waitingUntil() == null ? null : shown(c.waitingUntil()), actions,
                notes.stream().map(n -> new CaseDetailView.NoteRow(n.getKind().name(), n.getText(),
                        n.isVisibleToResident() ? msg.visibleToResident() : msg.internalOnly(), n.getAuthor(),
                        shown(n.getWrittenAt()))).toList(),
                handlingRatings.stream().map(r -> "★".repeat(r.getStars()) + " · " + r.getRatedBy() + " · "
                        + shown(r.getRatedAt()) + (r.getComment() == null ? "" : " · " + r.getComment())).toList());
    }

    static String outcome(CaseOutcome outcome, WorkbenchMessages msg) {
        return switch (outcome) {
            case RESOLVED -> msg.outcomeResolved();
            case PARTLY_RESOLVED -> msg.outcomePartlyResolved();
            case NOT_RESOLVABLE -> msg.outcomeNotResolvable();
            case NOT_OUR_REMIT -> msg.outcomeNotOurRemit();
            case DUPLICATE -> msg.outcomeDuplicate();
        };
    }

    /** The home page's address, keeping the language and the queue an inspector chose. */
    static String homeLink(PageLanguage lang, String department) {
        return lang.link(department == null ? HOME : HOME + "?department=" + encode(department));
    }

    static String caseLink(String caseId) {
        return "/staff/cases/" + encode(caseId);
    }

    private CaseRow row(String caseId, String trackingNumber, String category, String title, Instant queuedAt,
            CaseStatus status, PageLanguage lang) {
        WorkbenchMessages msg = messages(lang);
        String link = caseLink(caseId);
        return new CaseRow("case-" + caseId.replaceAll("[^A-Za-z0-9-]", "-"), trackingNumber, category,
                title == null || title.isBlank() ? msg.noTitle() : title, shown(queuedAt),
                queuedAt == null ? "" : queuedAt.toString(), status(status, msg), lang.link(link),
                link + "/claim", link + "/resolve", status.canBecome(CaseStatus.RESOLVED));
    }

    private String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    private static String status(CaseStatus status, WorkbenchMessages msg) {
        return switch (status) {
            case QUEUED -> msg.statusQueued();
            case CLAIMED -> msg.statusClaimed();
            case IN_PROGRESS -> msg.statusInProgress();
            case WAITING_FOR_RESIDENT -> msg.statusWaitingForResident();
            case RESOLVED -> msg.statusResolved();
            case REOPENED -> msg.statusReopened();
            case CLOSED -> msg.statusClosed();
            case RETURNED -> msg.statusReturned();
            case MERGED -> msg.statusMerged();
        };
    }

    /** Percent-encodes one path segment or query value (URLEncoder's '+' for space is a query-only convention). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
