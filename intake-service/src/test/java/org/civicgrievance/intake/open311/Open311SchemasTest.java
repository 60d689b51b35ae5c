package org.civicgrievance.intake.open311;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The contract tests are only worth something if the schemas do reject a wrong response. */
class Open311SchemasTest {

    @Test
    void aResponseOutsideTheStandardIsRejected() {
        assertThrows(AssertionError.class, () -> Open311Schemas.assertValid(Open311Schemas.REQUESTS,
                "[{\"service_request_id\":\"GR-2026-00000001\",\"status\":\"pending\",\"service_code\":\"noise\","
                        + "\"requested_datetime\":\"2026-11-27T09:30:00+08:00\"}]"));
        assertThrows(AssertionError.class, () -> Open311Schemas.assertValid(Open311Schemas.REQUESTS,
                "[{\"service_request_id\":\"GR-2026-00000001\",\"status\":\"open\",\"service_code\":\"noise\"}]"));
        assertThrows(AssertionError.class, () -> Open311Schemas.assertValid(Open311Schemas.SERVICES,
                "[{\"service_code\":\"noise\",\"service_name\":\"Noise\",\"metadata\":\"yes\",\"type\":\"realtime\"}]"));
        assertThrows(AssertionError.class, () -> Open311Schemas.assertValid(Open311Schemas.SERVICE_DEFINITION,
                "{\"service_code\":\"noise\",\"attributes\":[{\"variable\":true,\"code\":\"x\",\"datatype\":\"colour\","
                        + "\"required\":false}]}"));
    }

    @Test
    void aStandardResponsePasses() {
        Open311Schemas.assertValid(Open311Schemas.REQUESTS,
                "[{\"service_request_id\":\"GR-2026-00000001\",\"status\":\"open\",\"service_code\":\"noise\","
                        + "\"requested_datetime\":\"2026-11-27T09:30:00+08:00\",\"lat\":null,\"description\":null}]");
    }
}
