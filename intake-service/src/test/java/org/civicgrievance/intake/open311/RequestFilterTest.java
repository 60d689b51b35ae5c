package org.civicgrievance.intake.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** GeoReport v2's defaults and limits for GET requests, without a server. */
class RequestFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final Open311Time TIME = new Open311Time(ZoneId.of("Asia/Shanghai"));
    private static final Open311Config.Query LIMITS = new Open311Config.Query() {
        @Override
        public int maxDays() {
            return 90;
        }

        @Override
        public int maxResults() {
            return 1000;
        }

        @Override
        public int maxIds() {
            return 3;
        }
    };

    private static RequestFilter parse(Map<String, List<String>> parameters) {
        return RequestFilter.parse(parameters, TIME, NOW, LIMITS);
    }

    @Test
    void withoutDatesTheLast90DaysAreAsked() {
        RequestFilter filter = parse(Map.of());
        assertEquals(NOW, filter.to());
        assertEquals(NOW.minus(Duration.ofDays(90)), filter.from());
        assertTrue(filter.anyStatus());
    }

    @Test
    void oneDateOpens90DaysFromIt() {
        RequestFilter fromStart = parse(Map.of("start_date", List.of("2026-01-01T00:00:00+08:00")));
        assertEquals(Instant.parse("2025-12-31T16:00:00Z"), fromStart.from());
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), fromStart.to());
        RequestFilter toEnd = parse(Map.of("end_date", List.of("2026-04-01")));
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), toEnd.to(), "a bare date is midnight in the city");
        assertEquals(Instant.parse("2025-12-31T16:00:00Z"), toEnd.from());
    }

    @Test
    void listsAreCommaDelimitedAndMayRepeat() {
        RequestFilter filter = parse(Map.of("service_code", List.of("noise, road-damage", "noise"),
                "status", List.of("open,closed"), "service_request_id", List.of("GR-2026-00000001,,GR-2026-00000002")));
        assertEquals(Set.of("noise", "road-damage"), filter.serviceCodes());
        assertEquals(List.of("GR-2026-00000001", "GR-2026-00000002"), filter.ids());
        assertTrue(filter.anyStatus());
        assertEquals(Set.of(Open311Status.CLOSED), parse(Map.of("status", List.of("CLOSED"))).statuses());
    }

    @Test
    void wrongFiltersAreRefusedNamingTheParameter() {
        assertEquals("end_date may be at most 90 days after start_date", message(Map.of(
                "start_date", List.of("2026-01-01T00:00:00Z"), "end_date", List.of("2026-04-01T00:00:01Z"))));
        assertEquals("end_date must not be before start_date", message(Map.of(
                "start_date", List.of("2026-01-02T00:00:00Z"), "end_date", List.of("2026-01-01T00:00:00Z"))));
        assertTrue(message(Map.of("status", List.of("open,pending"))).startsWith("status "));
        assertTrue(message(Map.of("start_date", List.of("1 Jan 2026"))).startsWith("start_date "));
        assertTrue(message(Map.of("service_request_id", List.of("a,b,c,d"))).startsWith("service_request_id "));
    }

    @Test
    void aPlusDecodedToASpaceIsReadAsThePlusItWas() {
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), TIME.parse("start_date", "2026-01-01T08:00:00 08:00"));
        assertEquals("2026-01-01T08:00:00+08:00", TIME.format(Instant.parse("2026-01-01T00:00:00.123456Z")));
    }

    private static String message(Map<String, List<String>> parameters) {
        Open311Exception refused = assertThrows(Open311Exception.class, () -> parse(parameters));
        assertEquals(400, refused.status());
        return refused.errors().get(0).description();
    }
}
