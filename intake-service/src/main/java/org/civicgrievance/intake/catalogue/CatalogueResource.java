package org.civicgrievance.intake.catalogue;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published service catalogue: public, so forms and apps can offer the right categories. */
@Path("/api/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Categories residents may raise and the questions each asks")
public class CatalogueResource {

    private final ServiceCatalogue catalogue;

    public CatalogueResource(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List the published categories with their questions")
    public List<CategoryView> categories() {
        return catalogue.published().stream().map(CategoryView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One published category with its questions")
    public CategoryView category(@PathParam("code") String code) {
        return catalogue.published(code).map(CategoryView::of)
                .orElseThrow(() -> ProblemException.notFound("Category " + code));
    }
}
