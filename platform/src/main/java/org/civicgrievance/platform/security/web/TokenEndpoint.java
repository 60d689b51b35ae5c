package org.civicgrievance.platform.security.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Exchanges a staff member's username and password for an access token at the identity
 * provider's token endpoint (OAuth 2.0 password grant, RFC 6749 §4.3), server-side: the browser
 * never sees the provider, only the session cookie. Blocking; call it from a worker thread.
 */
@ApplicationScoped
public class TokenEndpoint {

    private final StaffWebConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public TokenEndpoint(StaffWebConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder()
                // no h2c upgrade attempt on plain HTTP (the local provider); over TLS HTTP/1.1 is plenty
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.tokenEndpointTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public SignInOutcome signIn(String username, String password) {
        HttpRequest request = HttpRequest.newBuilder(config.tokenUrl())
                .timeout(config.tokenEndpointTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(username, password, config.clientId())))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new SignInOutcome.Unavailable("token endpoint unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SignInOutcome.Unavailable("interrupted while waiting for the token endpoint");
        }
        return interpret(response.statusCode(), response.body(), response.headers().firstValue("Retry-After"));
    }

    /** The form the provider expects; {@code client_id} only when configured (Keycloak needs it, the local provider ignores it). */
    static String formBody(String username, String password, Optional<String> clientId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "password");
        fields.put("username", username);
        fields.put("password", password);
        clientId.filter(id -> !id.isBlank()).ifPresent(id -> fields.put("client_id", id));
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * RFC 6749 answers: 200 with a token; {@code invalid_grant} (400 locally, 401 from Keycloak)
     * for wrong credentials; 429 when the provider throttles. Anything else (a client that may not
     * use the password grant, a 5xx, a body that is not a token) means sign-in cannot work now.
     */
    SignInOutcome interpret(int status, String body, Optional<String> retryAfter) {
        if (status == 429) {
            return new SignInOutcome.Throttled(seconds(retryAfter));
        }
        JsonNode answer = parse(body);
        if (status == 200) {
            String accessToken = answer.path("access_token").asText("");
            long expiresIn = answer.path("expires_in").asLong(0);
            if (accessToken.isBlank() || expiresIn <= 0) {
                return new SignInOutcome.Unavailable("token response without access_token or expires_in");
            }
            return new SignInOutcome.Granted(accessToken, expiresIn);
        }
        String error = answer.path("error").asText("");
        if ((status == 400 || status == 401) && error.equals("invalid_grant")) {
            return new SignInOutcome.WrongCredentials();
        }
        return new SignInOutcome.Unavailable("token endpoint answered " + status
                + (error.isEmpty() ? "" : " " + error.replaceAll("[^a-z_]", "")));
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            return node == null ? json.createObjectNode() : node;
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static OptionalLong seconds(Optional<String> retryAfter) {
        try {
            return retryAfter.map(value -> OptionalLong.of(Math.max(1, Long.parseLong(value.trim()))))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // an HTTP date; the page then says "later" without a number
        }
    }
}
