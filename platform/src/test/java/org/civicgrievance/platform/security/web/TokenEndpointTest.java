package org.civicgrievance.platform.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** How the token endpoint's answers are read: the local provider's and Keycloak's. */
class TokenEndpointTest {

    private final TokenEndpoint endpoint = new TokenEndpoint(config(Optional.empty()), new ObjectMapper());

    @Test
    void aTokenResponseSignsIn() {
        SignInOutcome outcome = endpoint.interpret(200,
                "{\"access_token\":\"eyJ.a.b\",\"token_type\":\"Bearer\",\"expires_in\":900}", Optional.empty());
        assertEquals(new SignInOutcome.Granted("eyJ.a.b", 900), outcome);
    }

    @Test
    void invalidGrantIsWrongCredentialsFromEitherProvider() {
        String body = "{\"error\":\"invalid_grant\",\"error_description\":\"The username or password is wrong.\"}";
        assertInstanceOf(SignInOutcome.WrongCredentials.class, endpoint.interpret(400, body, Optional.empty()));
        // Keycloak answers 401 for invalid user credentials
        assertInstanceOf(SignInOutcome.WrongCredentials.class, endpoint.interpret(401,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}", Optional.empty()));
    }

    @Test
    void throttlingKeepsItsRetryAfterWhenItIsAnumberOfSeconds() {
        assertEquals(new SignInOutcome.Throttled(OptionalLong.of(120)), endpoint.interpret(429, "{}", Optional.of("120")));
        assertEquals(new SignInOutcome.Throttled(OptionalLong.empty()),
                endpoint.interpret(429, "", Optional.of("Wed, 21 Oct 2026 07:28:00 GMT")));
    }

    @Test
    void anythingElseMeansSignInCannotWorkNow() {
        // Keycloak, when the client may not use the password grant ("direct access grants" off)
        assertInstanceOf(SignInOutcome.Unavailable.class, endpoint.interpret(400,
                "{\"error\":\"unauthorized_client\",\"error_description\":\"Client not allowed for direct access grants\"}",
                Optional.empty()));
        assertInstanceOf(SignInOutcome.Unavailable.class, endpoint.interpret(503, "<html>down</html>", Optional.empty()));
        assertInstanceOf(SignInOutcome.Unavailable.class, endpoint.interpret(200, "{\"token_type\":\"Bearer\"}", Optional.empty()));
        assertInstanceOf(SignInOutcome.Unavailable.class, endpoint.interpret(200, "not json", Optional.empty()));
    }

    @Test
    void theFormIsEncodedAndNamesTheClientOnlyWhenConfigured() {
        assertEquals("grant_type=password&username=wang+li&password=p%40ss%26w%3Drd%E5%AF%86",
                TokenEndpoint.formBody("wang li", "p@ss&w=rd密", Optional.empty()));
        assertEquals("grant_type=password&username=u&password=p&client_id=civic-grievance-staff-web",
                TokenEndpoint.formBody("u", "p", Optional.of("civic-grievance-staff-web")));
    }

    @Test
    void aGrantedOutcomeNeverPrintsItsToken() {
        assertEquals("Granted[expiresInSeconds=900]", new SignInOutcome.Granted("eyJ.secret", 900).toString());
    }

    private static StaffWebConfig config(Optional<String> clientId) {
        return new StaffWebConfig() {
            @Override
            public URI tokenUrl() {
                return URI.create("http://127.0.0.1:1/token");
            }

            @Override
            public Optional<String> clientId() {
                return clientId;
            }

            @Override
            public boolean secureCookie() {
                return false;
            }

            @Override
            public Duration tokenEndpointTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Optional<URI> workbenchUrl() {
                return Optional.empty();
            }

            @Override
            public Optional<URI> deskUrl() {
                return Optional.empty();
            }
        };
    }
}
