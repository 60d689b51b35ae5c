package org.civicgrievance.platform.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** What a client got the first time: enough to give a retry the very same answer. */
record StoredResponse(int status, String location, String contentType, String body) {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    Response replay() {
        Response.ResponseBuilder replay = Response.status(status).header(REPLAYED_HEADER, "true");
        if (location != null) {
            replay.header(HttpHeaders.LOCATION, location);
        }
        if (body != null) {
            replay.entity(body).type(contentType);
        }
        return replay.build();
    }
}
