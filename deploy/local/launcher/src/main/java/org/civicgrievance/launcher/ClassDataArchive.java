package org.civicgrievance.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's classes as the JVM had loaded them when it last stopped (dynamic AppCDS, Java 13 and
 * later): the first start of a build writes the archive on a graceful stop, later starts map it
 * instead of loading and verifying thousands of classes again, which shortens start-up by about a
 * quarter on two cores (BENCHMARKS.md). One archive per build of the service and Java version, as
 * the JVM uses an archive only with the exact class path and JVM it was written by; a process killed
 * writes none, and a start without an archive simply loads classes as usual.
 */
final class ClassDataArchive {

    /** Writing an archive warns of each class it leaves out (thousands of lines in the log); errors still show. */
    private static final String QUIET = "-Xlog:cds*=error";

    private final Path file;

    private ClassDataArchive(Path file) {
        this.file = file;
    }

    /** The archive of this build of the service's application ({@code quarkus-app}) on this JVM, in {@code dir}. */
    static ClassDataArchive of(Path dir, GrievanceService service, Path runnerJar) {
        return new ClassDataArchive(dir.resolve("%s-java%s-%s.jsa".formatted(service.moduleName(),
                Runtime.version().feature(), fingerprint(runnerJar.getParent()))));
    }

    /** The JVM options that use the archive if this build has one, and write it at exit otherwise. */
    List<String> javaOptions() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file.getParent(), e);
        }
        if (Files.isRegularFile(file)) {
            return List.of("-XX:SharedArchiveFile=" + file, QUIET);
        }
        deleteEarlierBuilds();
        return List.of("-XX:ArchiveClassesAtExit=" + file, QUIET);
    }

    /** Archives of earlier builds are of no use any more, and each is about 100 MB. */
    private void deleteEarlierBuilds() {
        String name = file.getFileName().toString();
        String sameServiceAndJava = name.substring(0, name.lastIndexOf('-') + 1);
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path earlier : files.filter(path -> path.getFileName().toString().startsWith(sameServiceAndJava)).toList()) {
                Files.deleteIfExists(earlier);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear earlier archives in " + file.getParent(), e);
        }
    }

    Path file() {
        return file;
    }

    /** Names, sizes and modification times of the application's jars: a rebuild gives another archive. */
    private static String fingerprint(Path application) {
        try (Stream<Path> files = Files.walk(application)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path jar : files.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                digest.update((application.relativize(jar) + ":" + Files.size(jar) + ":"
                        + Files.getLastModifiedTime(jar).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + application, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
