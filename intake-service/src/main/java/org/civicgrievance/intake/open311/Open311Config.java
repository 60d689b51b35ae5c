package org.civicgrievance.intake.open311;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.civicgrievance.platform.ratelimit.ClientRateLimiter.RateLimit;

/** How the Open311 GeoReport v2 API behaves; see the README's Configuration section. */
@ConfigMapping(prefix = "grievance.open311")
public interface Open311Config {

    /**
     * When set, a request naming another {@code jurisdiction_id} gets 404; when unset, the
     * parameter is ignored (the spec allows that for endpoints serving one jurisdiction).
     */
    Optional<String> jurisdictionId();

    /**
     * Whether {@code GET requests} shows what residents wrote. Off by default: residents often put
     * names, phone numbers and flat numbers into the text, and they wrote it for the city, not for
     * the public.
     */
    @WithDefault("false")
    boolean publishDescriptions();

    /**
     * Whether {@code GET requests} shows the address and coordinates of cases that did not come in
     * over Open311 (web form, API, hotline…). Off by default: those residents were not told their
     * address would be public; their cases show the district only. Anonymous cases never show more.
     */
    @WithDefault("false")
    boolean publishLocations();

    /** API keys inserted at start-up if absent (a revoked one stays revoked); for local and test set-ups only. */
    Optional<List<String>> seedKeys();

    /** The discovery document's public base URL of the API; by default the URL the request came to. */
    Optional<String> endpointUrl();

    /** The discovery document's endpoint type: {@code production}, or {@code test} where nothing is acted upon. */
    @WithDefault("production")
    String endpointType();

    /** The discovery document's {@code contact}. */
    @WithDefault("市民服务热线 12345 / Citizen service hotline 12345")
    String contact();

    /** The discovery document's {@code key_service}: how a client gets an API key. */
    @WithDefault("API keys are issued by the city's administrators on request / 接入密钥由市政府管理员按申请发放")
    String keyService();

    Query query();

    Limit submissionLimit();

    Limit queryLimit();

    /** Bounds of GET requests and servicerequestupdates, as GeoReport v2 proposes them. */
    interface Query {

        /** The date range when none is given, and the widest one allowed. */
        @WithDefault("90")
        int maxDays();

        @WithDefault("1000")
        int maxResults();

        /** How many {@code service_request_id}s one request may name. */
        @WithDefault("100")
        int maxIds();
    }

    interface Limit {

        int perMinute();

        int burst();
    }

    /** Per API key: an Open311 client is often one server submitting for many residents. */
    default RateLimit submissions() {
        return new RateLimit("open311-submission", submissionLimit().perMinute(), submissionLimit().burst());
    }

    /** Per client address, for the public queries of cases. */
    default RateLimit queries() {
        return new RateLimit("open311-query", queryLimit().perMinute(), queryLimit().burst());
    }
}
