package org.civicgrievance.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository these tests read: its root, and the services its root pom builds. */
final class Repository {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private Repository() {
    }

    static Path root() {
        String root = System.getProperty("civicgrievance.repo.root");
        Path path = root != null ? Path.of(root) : Path.of("../..");
        return path.toAbsolutePath().normalize();
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deployable services: the root pom's modules named *-service (not the local identity provider). */
    static List<ServiceConfiguration> services() {
        Matcher modules = MODULE.matcher(read(file("pom.xml")));
        List<ServiceConfiguration> services = new java.util.ArrayList<>();
        while (modules.find()) {
            String module = modules.group(1).trim();
            if (module.endsWith("-service")) {
                services.add(new ServiceConfiguration(root(), module));
            }
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("no *-service module in " + file("pom.xml"));
        }
        return services;
    }
}
