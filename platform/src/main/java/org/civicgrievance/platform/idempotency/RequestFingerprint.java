package org.civicgrievance.platform.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A digest of what a request asks for (method, path and the resource method's arguments), so a key
 * reused for a different request is recognised. Arguments are the parsed body and parameters, not
 * raw bytes: the same JSON with other spacing is the same request. Uploaded files count by content.
 */
public final class RequestFingerprint {

    private final MessageDigest digest = sha256();
    private final ObjectMapper json;

    private RequestFingerprint(ObjectMapper json) {
        this.json = json;
    }

    static String of(ObjectMapper json, String method, String path, Object[] arguments) {
        RequestFingerprint fingerprint = new RequestFingerprint(json);
        fingerprint.add(method);
        fingerprint.add(path);
        for (Object argument : arguments) {
            fingerprint.addArgument(argument);
        }
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    /** A digest of the given parts in order, for requests whose content is not a resource method's arguments. */
    public static String ofParts(List<String> parts) {
        RequestFingerprint fingerprint = new RequestFingerprint(null);
        parts.forEach(fingerprint::add);
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    private void addArgument(Object argument) {
        if (argument == null) {
            add("null");
        } else if (argument instanceof FileUpload upload) {
            addFile(upload);
        } else if (!isRequestContext(argument)) {
            try {
                add(json.writeValueAsString(argument));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot fingerprint a " + argument.getClass().getName(), e);
            }
        }
    }

    /** The HTTP request objects a resource may take alongside its data; they are not what is asked for. */
    private static boolean isRequestContext(Object argument) {
        String type = argument.getClass().getName();
        return type.startsWith("io.vertx.") || type.startsWith("jakarta.ws.rs.") || type.startsWith("org.jboss.resteasy.")
                || type.startsWith("io.quarkus.");
    }

    private void addFile(FileUpload upload) {
        add(String.valueOf(upload.fileName()));
        try (InputStream in = new DigestInputStream(Files.newInputStream(upload.uploadedFile()), digest)) {
            in.transferTo(OutputStream.nullOutputStream()); // bytes are digested on the way in
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0); // separator: ("ab","c") and ("a","bc") differ
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
