package org.civicgrievance.resolution.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageLinks;
import org.civicgrievance.platform.security.web.PageFrame;
import org.civicgrievance.platform.security.web.PageLanguage;
import org.civicgrievance.platform.security.web.StaffWebTexts;
import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.casework.CaseNote;
import org.civicgrievance.resolution.casework.CaseOutcome;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.CaseView;
import org.civicgrievance.resolution.casework.Contact;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockState;
import org.civicgrievance.resolution.deadline.DueSummaries;
import org.civicgrievance.resolution.deadline.DueSummaries.DueSummary;
import org.civicgrievance.resolution.deadline.WarningLevel;
import org.civicgrievance.resolution.deadline.extension.ExtensionRequests.ExtensionView;
import org.civicgrievance.resolution.deadline.extension.Extensions;
import org.civicgrievance.resolution.deadline.extension.ExtensionState;
import org.civicgrievance.resolution.deadline.warning.ClockWarning;
import org.civicgrievance.resolution.evaluation.SupervisorRating;
import org.civicgrievance.resolution.queue.QueueFilter;
import org.civicgrievance.resolution.queue.QueuedCase;
import org.civicgrievance.resolution.supervision.OverdueCases.OverdueCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns cases into the workbench's rows and pages, in the page's language and the city's time zone. */
@ApplicationScoped
public class WorkbenchPages {

    private static final List<String> PRIORITIES = List.of("SPECIAL_HANDLING", "GREEN_CHANNEL", "NORMAL");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @CheckedTemplate(basePath = "workbench")
    public static class Templates {

        public static native TemplateInstance home(PageFrame page, HomeView view, WorkbenchMessages msg);

        public static native TemplateInstance caseDetail(PageFrame page, Notice notice, CaseDetailView view,
                WorkbenchMessages msg);

        public static native TemplateInstance problem(PageFrame page, String title, String text, String backLink,
                WorkbenchMessages msg);
    }

    private final WorkbenchMessages chinese;
    private final WorkbenchMessages english;
    private final ZoneId zone;
    private final DueSummaries dueSummaries;
    private final Calendars calendars;
    private final StaffWebTexts texts;

    public WorkbenchPages(WorkbenchMessages chinese, @Localized("en") WorkbenchMessages english,
            @ConfigProperty(name = "grievance.resolution.zone") ZoneId zone, DueSummaries dueSummaries,
            Calendars calendars, StaffWebTexts texts) {
        this.texts = texts;
        this.calendars = calendars;
        this.chinese = chinese;
        this.english = english;
        this.zone = zone;
        this.dueSummaries = dueSummaries;
    }

    public WorkbenchMessages messages(PageLanguage lang) {
        return lang == PageLanguage.EN ? english : chinese;
    }

    String home(PageFrame page, HomeView view, PageLanguage lang) {
        return Templates.home(page, view, messages(lang)).render();
    }

    String caseDetail(PageFrame page, Notice notice, CaseDetailView view, PageLanguage lang) {
        return Templates.caseDetail(page, notice, view, messages(lang)).render();
    }

    /** @param backLink where the page leads back to; null when there is nowhere here for the reader */
    String problem(PageFrame page, String title, String text, String backLink, PageLanguage lang) {
        return Templates.problem(page, title, text, backLink, messages(lang)).render();
    }

    /**
     * One page of a list as the home page shows it.
     *
     * @param linkToPage the home page's address showing another page of this list
     */
    HomeView.Listing listing(Page<QueuedCase> page, IntFunction<String> linkToPage, PageLanguage lang) {
        List<CaseRow> rows = page.items().stream().map(q -> {
            GrievanceCase c = q.aCase();
            return row(c.getId(), c.getTrackingNumber(), c.getCategory(), c.getTitle(), c.getQueuedAt(), c.getStatus(),
                    c.getPriority(), q.due(), lang);
        }).toList();
        return new HomeView.Listing(rows, page.total(), pager(page, linkToPage, lang));
    }

    private PageLinks pager(Page<?> page, IntFunction<String> linkToPage, PageLanguage lang) {
        return texts.pageLinks(page, linkToPage, lang);
    }

    /** One page of the extension requests waiting for a supervisor. */
    HomeView.Approvals approvals(Page<Extensions.Waiting> page, IntFunction<String> linkToPage, PageLanguage lang) {
        WorkbenchMessages msg = messages(lang);
        return new HomeView.Approvals(page.items().stream().map(w -> new HomeView.ApprovalRow(w.trackingNumber(),
                w.title() == null || w.title().isBlank() ? msg.noTitle() : w.title(),
                lang.link(caseLink(w.extension().caseId())), w.extension().requestedBy(), w.extension().reason(),
                shown(w.extension().dueBefore()), shown(w.extension().requestedDueAt()))).toList(),
                pager(page, linkToPage, lang));
    }

    /** One page of the cases past a deadline, for inspectors. */
    HomeView.Overdue overdue(Page<OverdueCase> page, IntFunction<String> linkToPage, PageLanguage lang) {
        WorkbenchMessages msg = messages(lang);
        return new HomeView.Overdue(page.items().stream().map(o -> new HomeView.OverdueRow(o.trackingNumber(),
                lang.link(caseLink(o.caseId())), o.department(),
                o.title() == null || o.title().isBlank() ? msg.noTitle() : o.title(),
                status(CaseStatus.valueOf(o.status()), msg), o.handler() == null ? "" : o.handler(),
                lang == PageLanguage.EN ? o.clock().nameEn() : o.clock().nameZh(), shown(o.dueAt()),
                o.dueAt().toString(), msg.workingTime(o.overdueWorkingMinutes() / 60, o.overdueWorkingMinutes() % 60),
                o.extensions() == 0 ? null : msg.extendedTimes(o.extensions(), shown(o.originalDueAt()))))
                .toList(), pager(page, linkToPage, lang));
    }

    /** The search form with what the member typed (even when it was not understood) and chose. */
    HomeView.FilterView filter(String text, String category, String district, QueueFilter filter, String clearLink,
            PageLanguage lang) {
        WorkbenchMessages msg = messages(lang);
        List<HomeView.Choice> priorities = new ArrayList<>();
        priorities.add(new HomeView.Choice("", msg.any(), filter.priority() == null));
        for (String code : PRIORITIES) {
            priorities.add(new HomeView.Choice(code, texts.priority(code, lang), code.equals(filter.priority())));
        }
        List<HomeView.Choice> cards = new ArrayList<>();
        cards.add(new HomeView.Choice("", msg.any(), filter.card() == null));
        for (QueueFilter.Card card : QueueFilter.Card.values()) {
            cards.add(new HomeView.Choice(card.name(), switch (card) {
                case RED -> msg.cardRed();
                case YELLOW -> msg.cardYellow();
                case NONE -> msg.cardNone();
            }, card == filter.card()));
        }
        return new HomeView.FilterView(text, category, district, priorities, cards,
                !filter.isEmpty() || text != null && !text.isBlank(), clearLink);
    }


    CaseDetailView detail(CaseView c, boolean claimable, boolean resolvable, CaseDetailView.Actions actions,
            List<CaseNote> notes, List<SupervisorRating> handlingRatings, CaseDetailView.Deadlines deadlines,
            PageLanguage lang) {
        Contact contact = c.contact();
        WorkbenchMessages msg = messages(lang);
        DueSummary due = dueSummaries.of(List.of(c.caseId())).get(c.caseId());
        return new CaseDetailView(row(c.caseId(), c.trackingNumber(), c.category(), c.title(), c.queuedAt(), c.status(),
                c.priority(), due, lang),
                c.kind(), c.description(), c.address(), c.district(),
                contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                contact == null ? null : contact.email(), texts.priority(c.priority(), lang), shown(c.submittedAt()), c.handler(),
                c.resolutionNote(), claimable, resolvable, HomeAddress.of(null).link(lang),
                c.outcome() == null ? null : outcome(c.outcome(), msg), c.outcomeReason(), c.whereElse(),
                c.mergedInto(), c.waitingUntil() == null ? null : shown(c.waitingUntil()), actions,
                notes.stream().map(n -> new CaseDetailView.NoteRow(n.getKind().name(), n.getText(),
                        n.isVisibleToResident() ? msg.visibleToResident() : msg.internalOnly(), n.getAuthor(),
                        shown(n.getWrittenAt()))).toList(),
                handlingRatings.stream().map(r -> "★".repeat(r.getStars()) + " · " + r.getRatedBy() + " · "
                        + shown(r.getRatedAt()) + (r.getComment() == null ? "" : " · " + r.getComment())).toList(),
                deadlines, c.splitFrom());
    }

    /** A case's clocks as staff read them, newest kind last, with the warnings raised on each. */
    List<CaseDetailView.ClockRow> clocks(List<CaseClock> clocks, List<ClockWarning> warnings, PageLanguage lang) {
        WorkbenchMessages msg = messages(lang);
        return clocks.stream().map(c -> new CaseDetailView.ClockRow(
                lang == PageLanguage.EN ? c.getKind().nameEn() : c.getKind().nameZh(),
                clockState(c.getState(), msg), shown(c.getDueAt()), c.getDueAt().toString(),
                c.isProvisional(calendars.byCode(c.getCalendarCode())), shown(c.getYellowAt()),
                c.getOriginalDueAt().equals(c.getDueAt()) ? null : shown(c.getOriginalDueAt()),
                warnings.stream().filter(w -> w.getClockId().equals(c.getId()) && w.getLevel() != WarningLevel.ALERT)
                        .map(w -> card(w.getLevel(), msg)).collect(Collectors.joining(" · "))))
                .toList();
    }

    /**
     * A case's extension requests; approve and refuse buttons on a pending one for a supervisor of
     * the department who did not ask for it (the same rule the service enforces).
     */
    List<CaseDetailView.ExtensionRow> extensions(List<ExtensionView> extensions, String caseId, boolean supervisor,
            String viewer, PageLanguage lang) {
        WorkbenchMessages msg = messages(lang);
        return extensions.stream().map(e -> new CaseDetailView.ExtensionRow(extensionState(e.state(), msg),
                e.reason(), e.requestedBy(), shown(e.requestedAt()), shown(e.dueBefore()), shown(e.requestedDueAt()),
                e.decidedBy(), e.decisionNote(),
                supervisor && e.state() == ExtensionState.REQUESTED && !viewer.equals(e.requestedBy())
                        ? caseLink(caseId) + "/extensions/" + encode(e.id()) : null))
                .toList();
    }

    private static String clockState(ClockState state, WorkbenchMessages msg) {
        return switch (state) {
            case RUNNING -> msg.clockRunning();
            case PAUSED -> msg.clockPaused();
            case MET -> msg.clockMet();
            case STOPPED -> msg.clockStopped();
        };
    }

    private static String extensionState(ExtensionState state, WorkbenchMessages msg) {
        return switch (state) {
            case REQUESTED -> msg.extensionPending();
            case APPROVED -> msg.extensionApprovedState();
            case REFUSED -> msg.extensionRefusedState();
        };
    }

    private static String card(WarningLevel level, WorkbenchMessages msg) {
        return level == WarningLevel.RED ? msg.cardRed() : msg.cardYellow();
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

    static String caseLink(String caseId) {
        return "/staff/cases/" + encode(caseId);
    }

    private CaseRow row(String caseId, String trackingNumber, String category, String title, Instant queuedAt,
            CaseStatus status, String priority, DueSummary due, PageLanguage lang) {
        WorkbenchMessages msg = messages(lang);
        String link = caseLink(caseId);
        WarningLevel card = due == null ? null : due.card();
        return new CaseRow("case-" + caseId.replaceAll("[^A-Za-z0-9-]", "-"), trackingNumber, category,
                title == null || title.isBlank() ? msg.noTitle() : title, shown(queuedAt),
                queuedAt == null ? "" : queuedAt.toString(), status(status, msg), lang.link(link),
                link + "/claim", link + "/resolve", status.canBecome(CaseStatus.RESOLVED),
                due == null ? "" : shown(due.nextDue()),
                due == null || due.nextDue() == null ? "" : due.nextDue().toString(),
                card == null ? null : card(card, msg), card == null ? null : card.name().toLowerCase(Locale.ROOT),
                texts.priority(priority, lang), priority == null ? "" : priority.toLowerCase(Locale.ROOT).replace('_', '-'));
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
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
