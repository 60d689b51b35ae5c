package org.civicgrievance.launcher;

import java.nio.charset.StandardCharsets;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests to one service of a running launcher, looked up per request: a restarted service keeps its port. */
final class ServiceRequests {

    private ServiceRequests() {
    }

    /** JSON in, JSON out, as the services' APIs speak. */
    static RequestSpecification json(LocalLauncher launcher, GrievanceService service) {
        return new RequestSpecBuilder()
                .setBaseUri(launcher.baseUri(service).toString())
                .setContentType(ContentType.JSON.withCharset(StandardCharsets.UTF_8))
                .setAccept(ContentType.JSON)
                .build();
    }

    /** No content type or Accept header, for the text endpoints such as Prometheus metrics. */
    static RequestSpecification plain(LocalLauncher launcher, GrievanceService service) {
        return new RequestSpecBuilder()
                .setBaseUri(launcher.baseUri(service).toString())
                .build();
    }
}
