package org.civicgrievance.routing.rule;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing rules")
public class RoutingRuleResource {

    private final RoutingRuleRepository rules;

    public RoutingRuleResource(RoutingRuleRepository rules) {
        this.rules = rules;
    }

    public record RuleView(long id, int version, int priority, String category, String departmentCode,
            String description) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.INSPECTOR })
    public List<RuleView> list() {
        return rules.listActiveByPriority().stream()
                .map(r -> new RuleView(r.getId(), r.getVersion(), r.getPriority(), r.getCategory(),
                        r.getDepartmentCode(), r.getDescription()))
                .toList();
    }
}
