package org.civicgrievance.intake.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * Refuses form posts that another site makes a visitor's browser send (cross-site request
 * forgery). There are no sessions to steal here, but a hostile page could still file cases or
 * rate cases in a visitor's name and from their address. Browsers say where a request comes from:
 * {@code Sec-Fetch-Site} (all current browsers) or else {@code Origin}; a post that carries
 * neither does not come from a current browser, so it is not forgery (curl, tests, very old
 * browsers) and passes. No token to keep or expire, and the page works with cookies off.
 */
final class CrossSiteCheck {

    static final String FETCH_SITE = "Sec-Fetch-Site";
    static final String ORIGIN = "Origin";

    private CrossSiteCheck() {
    }

    static boolean allows(HttpHeaders headers) {
        return allows(headers.getHeaderString(FETCH_SITE), headers.getHeaderString(ORIGIN),
                headers.getHeaderString(HttpHeaders.HOST));
    }

    /**
     * @param fetchSite the browser's Sec-Fetch-Site, or null
     * @param origin    the browser's Origin, or null
     * @param host      the Host the request was sent to
     */
    static boolean allows(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            // "none": typed, bookmarked or reloaded by the person themselves
            return fetchSite.equalsIgnoreCase("same-origin") || fetchSite.equalsIgnoreCase("none");
        }
        if (origin != null) {
            return host != null && host.equalsIgnoreCase(authorityOf(origin));
        }
        return true;
    }

    /** {@code host:port} of an Origin, as the Host header writes it; "null" and garbage match nothing. */
    private static String authorityOf(String origin) {
        try {
            URI uri = new URI(origin.strip());
            return uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
