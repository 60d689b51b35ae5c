package org.civicgrievance.infra.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Signs staff bearer tokens for tests, as the city's identity provider would, with a key pair
 * that exists only for tests (this jar's {@code test-signing-key.pem}). The services under test
 * trust its public key through {@link StaffIdentityTestResource}.
 *
 * <p>Written with the JDK alone so that tests can also forge what a real provider never issues:
 * expired tokens, foreign issuers and audiences, and signatures by another key.
 */
public final class StaffTokens {

    public static final String ISSUER = "https://identity.test.civic-grievance";
    public static final String AUDIENCE = "civic-grievance";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final PrivateKey KEY = readKey("test-signing-key.pem");

    private final String subject;
    private final Set<String> roles;
    private final String department;
    private String displayName;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));
    private PrivateKey signingKey = KEY;

    private StaffTokens(String subject, Set<String> roles, String department) {
        this.subject = subject;
        this.roles = roles;
        this.department = department;
    }

    /** A staff member with these roles, in {@code department} (null for roles without one). */
    public static StaffTokens staff(String subject, String department, String... roles) {
        return new StaffTokens(subject, Set.of(roles), department);
    }

    public static String handler(String subject, String department) {
        return staff(subject, department, "handler").token();
    }

    public static String supervisor(String subject, String department) {
        return staff(subject, department, "supervisor").token();
    }

    public static String operator(String subject) {
        return staff(subject, null, "operator").token();
    }

    public static String inspector(String subject) {
        return staff(subject, null, "inspector").token();
    }

    public static String admin(String subject) {
        return staff(subject, null, "admin").token();
    }

    /** Adds the {@code name} claim, as the identity provider does. */
    public StaffTokens displayName(String name) {
        this.displayName = name;
        return this;
    }

    public StaffTokens expiredAt(Instant when) {
        this.expiresAt = when;
        return this;
    }

    public StaffTokens issuedBy(String otherIssuer) {
        this.issuer = otherIssuer;
        return this;
    }

    public StaffTokens forAudience(String otherAudience) {
        this.audience = otherAudience;
        return this;
    }

    /** Signs with a freshly generated key nobody trusts: a forgery. */
    public StaffTokens signedByAStranger() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.signingKey = generator.generateKeyPair().getPrivate();
            return this;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The compact JWS (RS256), ready for an {@code Authorization: Bearer} header. */
    public String token() {
        Instant now = Instant.now();
        List<String> claims = new ArrayList<>();
        claims.add(json("iss", issuer));
        claims.add(json("aud", audience));
        claims.add(json("sub", subject));
        claims.add(json("upn", subject));
        claims.add(json("preferred_username", subject));
        claims.add(json("jti", UUID.randomUUID().toString()));
        claims.add("\"iat\":" + now.getEpochSecond());
        claims.add("\"exp\":" + expiresAt.getEpochSecond());
        claims.add("\"groups\":[" + String.join(",", roles.stream().map(role -> "\"" + role + "\"").toList()) + "]");
        if (department != null) {
            claims.add(json("department", department));
        }
        if (displayName != null) {
            claims.add(json("name", displayName));
        }
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = encode("{" + String.join(",", claims) + "}");
        return header + "." + payload + "." + sign(header + "." + payload);
    }

    /** The public key the services must trust, in PEM. */
    public static String publicKeyPem() {
        return resource("test-signing-key.pub.pem");
    }

    private String sign(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static String json(String name, String value) {
        // test values are plain identifiers and names; nothing here needs escaping
        return "\"" + name + "\":\"" + value + "\"";
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey readKey(String name) {
        String pem = resource(name).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = StaffTokens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing next to " + StaffTokens.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
