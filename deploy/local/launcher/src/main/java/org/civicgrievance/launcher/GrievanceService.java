package org.civicgrievance.launcher;

/** The services the launcher runs, in the order they start. */
public enum GrievanceService {

    INTAKE("intake-service", "intake", "INTAKE_PORT", 8081),
    ROUTING("routing-service", "routing", "ROUTING_PORT", 8082),
    RESOLUTION("resolution-service", "resolution", "RESOLUTION_PORT", 8083);

    private final String moduleName;
    private final String database;
    private final String portVariable;
    private final int defaultPort;

    GrievanceService(String moduleName, String database, String portVariable, int defaultPort) {
        this.moduleName = moduleName;
        this.database = database;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
    }

    /** Maven module directory under the repository root, and the name in logs. */
    public String moduleName() {
        return moduleName;
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
