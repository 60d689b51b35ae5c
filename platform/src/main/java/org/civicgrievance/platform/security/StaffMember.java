package org.civicgrievance.platform.security;

import java.util.Set;

/**
 * The authenticated staff member behind a request, as the token describes them.
 *
 * @param id         stable staff id (the token's subject), recorded as the actor of every change
 * @param roles      {@link Roles} held
 * @param department department code for handlers and supervisors; null for roles without one
 */
public record StaffMember(String id, Set<String> roles, String department) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A handler or supervisor of this very department. */
    public boolean worksIn(String departmentCode) {
        return (has(Roles.HANDLER) || has(Roles.SUPERVISOR)) && department != null && department.equals(departmentCode);
    }

    /** May read a department's cases: its own staff, and inspectors for every department. */
    public boolean mayRead(String departmentCode) {
        return has(Roles.INSPECTOR) || worksIn(departmentCode);
    }

    /** The role shown in audit records: the most powerful one held for the action's purpose. */
    public String primaryRole() {
        for (String role : new String[] { Roles.ADMIN, Roles.INSPECTOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.OPERATOR }) {
            if (has(role)) {
                return role;
            }
        }
        return "none";
    }
}
