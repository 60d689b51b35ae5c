package org.civicgrievance.platform.security.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Where the staff pages live, and how a page answers a visitor who is not signed in. */
public final class StaffPages {

    public static final String ROOT = "/staff";
    /** The staff home; each service that has staff pages serves it. */
    public static final String HOME = ROOT + "/";

    private StaffPages() {
    }

    /** A page (not an API, not the sign-in form itself), by its path relative to the application root. */
    public static boolean isPage(String path) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        return (normalized.equals(ROOT) || normalized.startsWith(ROOT + "/")) && !normalized.startsWith(SignInResource.PATH);
    }

    /** 303 to the sign-in form: a browser without a valid session goes there, not to a JSON 401. */
    public static Response signInRedirect(PageLanguage lang) {
        return seeOther(lang.link(SignInResource.PATH));
    }

    /** A staff page, rendered, with its status. */
    public static Response html(Response.Status status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** The signed-in member as pages name them: "王立 (handler.urban)", or the username alone. */
    public static String displayName(JsonWebToken token) {
        String name = token.getClaim("name");
        return name == null || name.isBlank() ? token.getName() : name + " (" + token.getName() + ")";
    }

    /** 303 See Other with a relative location: after a POST the browser GETs it (Post/Redirect/Get). */
    public static Response seeOther(String location) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }
}
