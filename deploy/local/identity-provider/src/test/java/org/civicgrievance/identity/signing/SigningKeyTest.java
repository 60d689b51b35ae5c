package org.civicgrievance.identity.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void aConfiguredKeyIsTheOneUsedAndKeepsItsIdAcrossStarts() throws Exception {
        KeyPair pair = rsa(2048);
        Path pem = write("key.pem", "PRIVATE KEY", pair.getPrivate().getEncoded());

        SigningKey first = new SigningKey(Optional.of(pem));
        SigningKey second = new SigningKey(Optional.of(pem));

        assertEquals(((RSAPublicKey) pair.getPublic()).getModulus(), first.publicKey().getModulus());
        assertEquals(first.keyId(), second.keyId());
        assertTrue(first.publicJwkSet().contains(first.keyId()));
    }

    @Test
    void withoutAConfiguredKeyEachStartGeneratesItsOwn() {
        assertNotEquals(new SigningKey(Optional.empty()).keyId(), new SigningKey(Optional.empty()).keyId());
    }

    @Test
    void aKeyInAnotherPemFormatIsRefusedWithAHint() throws Exception {
        Path pem = write("public.pem", "PUBLIC KEY", rsa(2048).getPublic().getEncoded());

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new SigningKey(Optional.of(pem)));

        assertTrue(refused.getMessage().contains("openssl pkcs8"), refused.getMessage());
    }

    @Test
    void aShortKeyIsRefused() throws Exception {
        Path pem = write("short.pem", "PRIVATE KEY", rsa(1024).getPrivate().getEncoded());

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new SigningKey(Optional.of(pem)));

        assertTrue(refused.getMessage().contains("1024 bits"), refused.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = directory.resolve("missing.pem");

        RuntimeException refused = assertThrows(RuntimeException.class, () -> new SigningKey(Optional.of(missing)));

        assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
    }

    private static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private Path write(String name, String label, byte[] der) throws IOException {
        String pem = "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
        return Files.writeString(directory.resolve(name), pem, StandardCharsets.US_ASCII);
    }
}
