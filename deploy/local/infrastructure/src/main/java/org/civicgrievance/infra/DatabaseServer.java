package org.civicgrievance.infra;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mysql.cj.jdbc.Driver;

/**
 * How to reach a MySQL-compatible server (embedded MariaDB or an external MySQL), and the one
 * administrative task the services need from it: a database per service.
 */
final class DatabaseServer {

    /** Also the only safe way to splice a name into DDL, which cannot take bind parameters. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_]{1,64}");

    /**
     * MariaDB 11.4 behind Connector/J needs useInformationSchema=false (else Hibernate cannot read
     * the server version); the embedded server has TLS switched off, so the driver must not ask for it.
     */
    private static Map<String, String> defaultParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sslMode", "DISABLED");
        parameters.put("useInformationSchema", "false");
        parameters.put("characterEncoding", "UTF-8");
        return parameters;
    }

    private final String serverUrl;
    private final Map<String, String> parameters;
    private final String username;
    private final String password;

    /**
     * @param url server URL without a database, e.g. {@code jdbc:mysql://db.example:3306}; query
     *            parameters it carries override the defaults (e.g. {@code ?sslMode=REQUIRED})
     */
    DatabaseServer(String url, String username, String password) {
        int query = url.indexOf('?');
        this.serverUrl = stripTrailingSlash(query < 0 ? url : url.substring(0, query));
        this.parameters = defaultParameters();
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    parameters.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
                }
            }
        }
        this.username = username;
        this.password = password;
    }

    /** For log lines: where the server is, without credentials or parameters. */
    @Override
    public String toString() {
        return serverUrl;
    }

    String jdbcUrl(String database) {
        return serverUrl + "/" + requireValidName(database) + "?" + query();
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    void createDatabase(String name) {
        String ddl = "CREATE DATABASE IF NOT EXISTS `" + requireValidName(name) + "`"
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
        try (Connection connection = connect(serverUrl + "/?" + query());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + serverUrl, e);
        }
    }

    /**
     * Uses the driver directly rather than DriverManager, which refuses drivers registered by another
     * class loader, as happens when Quarkus tests load this class in their own class loader.
     */
    private Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        return new Driver().connect(url, credentials);
    }

    static String requireValidName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database name must match " + DATABASE_NAME.pattern() + ": " + name);
        }
        return name;
    }

    private String query() {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
