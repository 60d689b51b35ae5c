package org.civicgrievance.resolution.calendar;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.resolution.calendar.CalendarRequests.CalendarView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anyone may read when offices work: service commitments 承诺服务 count their time limits on these
 * calendars, and residents check them. Served from memory, as deadlines use them; who changed a
 * calendar stays internal.
 */
@Path("/api/public/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars")
public class PublicCalendarResource {

    private final Calendars calendars;

    public PublicCalendarResource(Calendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @Operation(summary = "Every calendar's working hours, holidays and make-up days; no sign-in needed")
    public List<CalendarView> list() {
        return calendars.publicViews();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A calendar's working hours, holidays and make-up days; no sign-in needed")
    public CalendarView get(@PathParam("code") String code) {
        return calendars.publicView(code);
    }
}
