package org.civicgrievance.identity.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

import org.civicgrievance.identity.IdentityConfig;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

/**
 * The one RSA key this provider signs tokens with, and its public half as the JWK set the
 * services verify them against. Read from a PKCS#8 PEM file when one is configured, generated at
 * start otherwise (then tokens issued before a restart no longer verify).
 *
 * <p>The key id is the key's RFC 7638 thumbprint: the same key always gets the same id, so
 * services that cached the JWK set keep accepting tokens across restarts with a configured key.
 * Loaded at start, so a wrong key file stops the provider at once rather than at the first sign-in.
 */
@Startup
@ApplicationScoped
public class SigningKey {

    public static final String ALGORITHM = AlgorithmIdentifiers.RSA_USING_SHA256;

    private static final int GENERATED_KEY_BITS = 2048;
    private static final int MINIMUM_KEY_BITS = 2048;

    private final RSAPrivateCrtKey privateKey;
    private final RsaJsonWebKey publicJwk;

    @Inject
    public SigningKey(IdentityConfig config) {
        this(config.signingKeyLocation());
    }

    SigningKey(Optional<Path> pemLocation) {
        this.privateKey = pemLocation.map(SigningKey::read).orElseGet(SigningKey::generate);
        this.publicJwk = publicJwkOf(privateKey);
        Log.infof("Signing tokens with %s RSA key %s", pemLocation.isPresent() ? "configured" : "generated", keyId());
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return publicJwk.getKeyId();
    }

    public RSAPublicKey publicKey() {
        return publicJwk.getRsaPublicKey();
    }

    /** {@code {"keys":[...]}} with the public key only, as {@code jwks_uri} serves it. */
    public String publicJwkSet() {
        return new JsonWebKeySet(publicJwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static RSAPrivateCrtKey read(Path location) {
        String pem;
        try {
            pem = Files.readString(location, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + location, e);
        }
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalStateException("The signing key " + location + " is not a PKCS#8 PEM private key"
                    + " (-----BEGIN PRIVATE KEY-----); convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out key.pem");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(key instanceof RSAPrivateCrtKey rsa)) {
                throw new IllegalStateException("The signing key " + location + " lacks the public exponent (not a CRT key)");
            }
            if (rsa.getModulus().bitLength() < MINIMUM_KEY_BITS) {
                throw new IllegalStateException("The signing key " + location + " has " + rsa.getModulus().bitLength()
                        + " bits; RS256 needs at least " + MINIMUM_KEY_BITS);
            }
            return rsa;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The signing key " + location + " is not a readable RSA private key", e);
        }
    }

    private static RSAPrivateCrtKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(GENERATED_KEY_BITS);
            return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    private static RsaJsonWebKey publicJwkOf(RSAPrivateCrtKey key) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
            jwk.setAlgorithm(ALGORITHM);
            jwk.setUse("sig");
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            return jwk;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the public signing key", e);
        }
    }
}
