package org.civicgrievance.infra.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes a service under test trust the tokens {@link StaffTokens} signs, exactly as production
 * trusts the city's identity provider: same verification, only the key and issuer differ. Staff
 * web sign-in goes to a {@link TestTokenEndpoint} started here, which issues such tokens.
 */
public class StaffIdentityTestResource implements QuarkusTestResourceLifecycleManager {

    private TestTokenEndpoint tokenEndpoint;

    @Override
    public Map<String, String> start() {
        tokenEndpoint = TestTokenEndpoint.start();
        return Map.of(
                "mp.jwt.verify.publickey", StaffTokens.publicKeyPem(),
                "mp.jwt.verify.publickey.algorithm", "RS256",
                "mp.jwt.verify.issuer", StaffTokens.ISSUER,
                "mp.jwt.verify.audiences", StaffTokens.AUDIENCE,
                "grievance.staff-web.token-url", tokenEndpoint.tokenUrl().toString());
    }

    @Override
    public void stop() {
        if (tokenEndpoint != null) {
            tokenEndpoint.close();
        }
    }
}
