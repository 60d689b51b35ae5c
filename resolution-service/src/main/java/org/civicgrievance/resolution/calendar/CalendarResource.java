package org.civicgrievance.resolution.calendar;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.resolution.calendar.CalendarRequests.CalendarRequest;
import org.civicgrievance.resolution.calendar.CalendarRequests.CalendarView;
import org.civicgrievance.resolution.calendar.CalendarRequests.DueView;
import org.civicgrievance.resolution.calendar.CalendarRequests.SpecialDays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators keep the business calendars; every staff member reads them and previews deadlines. */
@Path("/api/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars", description = "Working hours, holidays and make-up days 调休 that deadlines count on; versioned")
public class CalendarResource {

    private static final long MAX_AMOUNT = 100_000;
    private static final Pattern UNENCODED_PLUS = Pattern.compile("\\d \\d{2}(:?\\d{2})?$");

    private final CalendarAdministration administration;
    private final Calendars calendars;
    private final CalendarHorizon horizon;
    private final CurrentStaff staff;

    public CalendarResource(CalendarAdministration administration, Calendars calendars, CalendarHorizon horizon,
            CurrentStaff staff) {
        this.horizon = horizon;
        this.administration = administration;
        this.calendars = calendars;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Every calendar at its current version")
    public List<CalendarView> list() {
        return administration.all();
    }

    @GET
    @Path("/horizon")
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "How far each calendar's holidays are confirmed; warning from the month before the "
            + "horizon while the next year is not loaded (deadlines beyond it count the statutory holidays, provisionally)")
    public List<CalendarHorizon.Status> horizon() {
        return horizon.statuses();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    public CalendarView get(@PathParam("code") String code) {
        return administration.get(code);
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Every version of a calendar, oldest first, with who changed it and when")
    public List<CalendarView> versions(@PathParam("code") String code) {
        return administration.history(code);
    }

    @GET
    @Path("/{code}/due")
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "When a limit starting at start (ISO date-time with offset) falls due on this calendar, "
            + "as deadlines compute it; unit CALENDAR_HOURS, WORKING_MINUTES, WORKING_HOURS or WORKING_DAYS")
    public DueView due(@PathParam("code") String code, @QueryParam("start") String start,
            @QueryParam("amount") String amount, @QueryParam("unit") String unit) {
        Instant from = instant(start);
        TimeLimit limit = new TimeLimit(amount(amount), unit(unit));
        BusinessCalendar calendar = calendars.byCode(code);
        Instant due;
        try {
            due = calendar.due(from, limit);
        } catch (IllegalStateException e) {
            throw new ProblemException("no-working-time", "The calendar has no working time", 422, e.getMessage());
        }
        return new DueView(calendar.code(), calendar.zone().getId(), from, limit.amount(), limit.unit(), due,
                due.atZone(calendar.zone()).toLocalDateTime(), calendar.isProvisional(due),
                calendar.confirmedThrough().orElse(null));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a calendar (version 1), used for deadlines at once")
    public Response create(@NotNull @Valid CalendarRequest request) {
        CalendarView created = administration.create(request, staff.member());
        return Response.created(URI.create("/api/calendars/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a calendar's names, zone and week (special days stay): a new version; "
            + "409 unless expectedVersion is the current one; an identical body changes nothing")
    public CalendarView change(@PathParam("code") String code, @NotNull @Valid CalendarRequest request) {
        return administration.change(code, request, staff.member());
    }

    @POST
    @Path("/{code}/special-days")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add holidays or make-up days (a date the calendar has already is replaced): a new version")
    public CalendarView addSpecialDays(@PathParam("code") String code, @NotNull @Valid SpecialDays request) {
        return administration.addSpecialDays(code, request, staff.member());
    }

    @PUT
    @Path("/{code}/special-days/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load a year's holidays and make-up days in one call: they replace that year's; a new version")
    public CalendarView replaceYear(@PathParam("code") String code, @PathParam("year") int year,
            @NotNull @Valid SpecialDays request) {
        return administration.replaceYear(code, year, request, staff.member());
    }

    @DELETE
    @Path("/{code}/special-days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove one special day: a new version")
    public CalendarView removeSpecialDay(@PathParam("code") String code, @PathParam("date") String date,
            @QueryParam("expectedVersion") Integer expectedVersion) {
        return administration.removeSpecialDay(code, date(date), expectedVersion, staff.member());
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("start", "required: an ISO date-time with offset, e.g. 2026-02-13T10:00:00+08:00");
        }
        if (UNENCODED_PLUS.matcher(text).find()) {
            // a query string decodes + to a space: 10:00:00+08:00 arrives as "10:00:00 08:00"
            throw ProblemException.invalidField("start", "the + of the offset arrived as a space: encode it as %2B, "
                    + "e.g. start=2026-02-13T10:00:00%2B08:00 (or write the time in UTC with Z)");
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("start", "not an ISO date-time with offset, e.g. 2026-02-13T10:00:00+08:00");
        }
    }

    private static long amount(String text) {
        try {
            long amount = Long.parseLong(text == null ? "" : text.strip());
            if (amount >= 1 && amount <= MAX_AMOUNT) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField("amount", "a whole number from 1 to " + MAX_AMOUNT);
    }

    private static TimeLimit.Unit unit(String text) {
        try {
            return TimeLimit.Unit.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("unit", "one of CALENDAR_HOURS, WORKING_MINUTES, WORKING_HOURS, WORKING_DAYS");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("date", "not a date like 2026-10-01");
        }
    }
}
