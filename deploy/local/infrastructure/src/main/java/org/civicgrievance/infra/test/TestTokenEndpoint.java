package org.civicgrievance.infra.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A token endpoint for tests of the staff sign-in: {@code POST /token} with the password grant,
 * answering like deploy/local's identity provider (same JSON, same {@code invalid_grant} for
 * wrong credentials) with tokens signed by {@link StaffTokens}, which the services under test
 * trust. The JDK's HTTP server on a free loopback port; {@link StaffIdentityTestResource} starts it.
 */
public final class TestTokenEndpoint implements AutoCloseable {

    /** The password of every {@link #ACCOUNTS account}. */
    public static final String PASSWORD = "test-password-2026";
    /** An account the endpoint always throttles (429, Retry-After 120), whatever the password. */
    public static final String THROTTLED = "throttled.user";
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

    /** Username → department (null for roles without one) and role, as the local provider seeds them. */
    public static final Map<String, Account> ACCOUNTS = Map.of(
            "handler.urban", new Account("王立", "urban-management", "handler"),
            "supervisor.urban", new Account("刘洋", "urban-management", "supervisor"),
            "handler.water", new Account("赵敏", "water-affairs", "handler"),
            "handler.transport", new Account("吴磊", "transport", "handler"),
            "inspector.li", new Account("李明", null, "inspector"),
            "operator.chen", new Account("陈静", null, "operator"),
            "admin.zhou", new Account("周涛", null, "admin"));

    public record Account(String displayName, String department, String role) {
    }

    private final HttpServer server;

    private TestTokenEndpoint(HttpServer server) {
        this.server = server;
    }

    public static TestTokenEndpoint start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/token", TestTokenEndpoint::token);
            server.start();
            return new TestTokenEndpoint(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test token endpoint", e);
        }
    }

    public URI tokenUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"error\":\"invalid_request\",\"error_description\":\"POST only.\"}");
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String username = form.get("username");
            String password = form.get("password");
            if (!"password".equals(form.get("grant_type"))) {
                answer(exchange, 400, "{\"error\":\"unsupported_grant_type\",\"error_description\":\"Only grant_type=password is supported here.\"}");
            } else if (username == null || username.isBlank() || password == null || password.isEmpty()) {
                answer(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"username or password is missing.\"}");
            } else if (THROTTLED.equals(username)) {
                exchange.getResponseHeaders().set("Retry-After", "120");
                answer(exchange, 429, "{\"error\":\"too_many_attempts\",\"error_description\":\"Too many failed sign-ins for this username; try again later.\"}");
            } else if (!ACCOUNTS.containsKey(username) || !PASSWORD.equals(password)) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"The username or password is wrong.\"}");
            } else {
                Account account = ACCOUNTS.get(username);
                String token = StaffTokens.staff(username, account.department(), account.role())
                        .displayName(account.displayName())
                        .expiredAt(Instant.now().plus(TOKEN_LIFETIME))
                        .token();
                answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + TOKEN_LIFETIME.toSeconds() + "}");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }
}
