package org.civicgrievance.launcher;

/** The services the launcher runs, in the order they start. */
public enum GrievanceService {

    /** Staff sign-in: the local stand-in for the city's OpenID Connect provider. */
    IDENTITY("deploy/local/identity-provider", "identity", "IDENTITY_PORT", 8084),
    INTAKE("intake-service", "intake", "INTAKE_PORT", 8081),
    ROUTING("routing-service", "routing", "ROUTING_PORT", 8082),
    RESOLUTION("resolution-service", "resolution", "RESOLUTION_PORT", 8083);

    private final String modulePath;
    private final String database;
    private final String portVariable;
    private final int defaultPort;

    GrievanceService(String modulePath, String database, String portVariable, int defaultPort) {
        this.modulePath = modulePath;
        this.database = database;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
    }

    /** Maven module directory, relative to the repository root. */
    public String modulePath() {
        return modulePath;
    }

    /** The module's own name, as logs and messages show it. */
    public String moduleName() {
        return modulePath.substring(modulePath.lastIndexOf('/') + 1);
    }

    /** Each service owns one database on the shared server. */
    public String database() {
        return database;
    }

    /** Environment variable that overrides {@link #defaultPort()}. */
    public String portVariable() {
        return portVariable;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
