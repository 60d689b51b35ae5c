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

    public record RuleView(long id, int version, int priority, String kind, String category, List<String> keywords,
            String district, Boolean greenChannel, String channel, String departmentCode, String description) {

        static RuleView of(RoutingRule rule) {
            RuleConditions c = rule.conditions();
            return new RuleView(rule.getId(), rule.getVersion(), rule.getPriority(), c.kind(), c.category(), c.keywords(),
                    c.district(), c.greenChannel(), c.channel(), rule.getDepartmentCode(), rule.getDescription());
        }
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.INSPECTOR })
    public List<RuleView> list() {
        return rules.listActiveByPriority().stream().map(RuleView::of).toList();
    }
}
