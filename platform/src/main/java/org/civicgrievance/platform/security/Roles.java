package org.civicgrievance.platform.security;

/** Staff roles, as they appear in the token's {@code groups} claim. Residents have no account. */
public final class Roles {

    /** Records cases on residents' behalf (hotline, window, visits, sessions) and triages. */
    public static final String OPERATOR = "operator";
    /** Sees and works on the cases of their own department. */
    public static final String HANDLER = "handler";
    /** A handler who also approves extensions and rates handling in their department. */
    public static final String SUPERVISOR = "supervisor";
    /** Discipline official: reads everything, changes nothing but their own supervision orders. */
    public static final String INSPECTOR = "inspector";
    /** Manages departments, staff, rules, policies and calendars; handles no case. */
    public static final String ADMIN = "admin";
    /**
     * Not a token role: the actor and role the audit trail names for what residents do themselves
     * (submit, add information, rate, add photos), since they have no account.
     */
    public static final String RESIDENT = "resident";

    private Roles() {
    }
}
