package org.civicgrievance.intake.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

import org.civicgrievance.intake.web.PageRenderer.Caching;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The residents' start page: what they can do here. Each thing is a page of its own under
 * {@code /report}, {@code /track} and {@code /opinion}: a new one
 * is a resource, its page data and a template, plus a link here.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private final PageRenderer renderer;
    private final Template home;

    public HomeResource(PageRenderer renderer, @Location("web/home.html") Template home) {
        this.renderer = renderer;
        this.home = home;
    }

    @TemplateData
    public record HomePage(Chrome chrome, String reportHref, String trackHref, String opinionHref) {
    }

    @GET
    public Response home(@QueryParam(Lang.PARAM) String langTag) {
        Lang lang = Lang.of(langTag);
        return renderer.render(home, new HomePage(Chrome.linked(lang, "/"), Links.to("/report", lang),
                Links.to("/track", lang), Links.to("/opinion", lang)), lang, 200, Caching.PUBLIC);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure, UriInfo uri) {
        return renderer.unexpected(failure, Lang.of(uri.getQueryParameters().getFirst(Lang.PARAM)));
    }
}
