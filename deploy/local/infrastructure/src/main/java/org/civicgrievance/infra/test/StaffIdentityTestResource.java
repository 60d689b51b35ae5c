package org.civicgrievance.infra.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes a service under test trust the tokens {@link StaffTokens} signs, exactly as production
 * trusts the city's identity provider: same verification, only the key and issuer differ.
 */
public class StaffIdentityTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey", StaffTokens.publicKeyPem(),
                "mp.jwt.verify.publickey.algorithm", "RS256",
                "mp.jwt.verify.issuer", StaffTokens.ISSUER,
                "mp.jwt.verify.audiences", StaffTokens.AUDIENCE);
    }

    @Override
    public void stop() {
    }
}
