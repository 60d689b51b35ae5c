package org.civicgrievance.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherSettingsTest {

    @TempDir
    Path repo;

    @Test
    void extraJavaOptionsApplyToEveryServiceWithItsOwnName() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(repo, Map.of("GRIEVANCE_CLASS_DATA", "off",
                "GRIEVANCE_JAVA_OPTIONS", " -XX:StartFlightRecording=filename=/tmp/{service}.jfr   -Xss512k "));

        assertEquals(List.of("-XX:StartFlightRecording=filename=/tmp/intake-service.jfr", "-Xss512k"),
                settings.javaOptionsFor(GrievanceService.INTAKE));
        assertEquals(List.of("-XX:StartFlightRecording=filename=/tmp/routing-service.jfr", "-Xss512k"),
                settings.withFreePorts().javaOptionsFor(GrievanceService.ROUTING));
    }

    @Test
    void aBuildWritesItsClassDataArchiveOnceAndLaterStartsUseIt() throws IOException {
        Path jar = built(GrievanceService.INTAKE);
        LauncherSettings settings = LauncherSettings.fromEnvironment(repo, Map.of());

        String first = settings.javaOptionsFor(GrievanceService.INTAKE).get(0);
        assertTrue(first.startsWith("-XX:ArchiveClassesAtExit="), first);
        Path archive = Path.of(first.substring(first.indexOf('=') + 1));
        assertTrue(archive.startsWith(settings.classDataDir()), archive.toString());
        Files.writeString(archive, "archive"); // what the JVM writes when the service stops

        assertEquals("-XX:SharedArchiveFile=" + archive, settings.javaOptionsFor(GrievanceService.INTAKE).get(0));

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        String rebuilt = settings.javaOptionsFor(GrievanceService.INTAKE).get(0);
        assertTrue(rebuilt.startsWith("-XX:ArchiveClassesAtExit="), "a rebuild writes a new archive: " + rebuilt);
        assertNotEquals(archive.toString(), rebuilt.substring(rebuilt.indexOf('=') + 1));
        assertFalse(Files.exists(archive), "the earlier build's archive is removed");
    }

    @Test
    void withoutTheVariablesServicesGetOnlyTheirArchivesOptions() throws IOException {
        built(GrievanceService.ROUTING);
        assertTrue(LauncherSettings.fromEnvironment(repo, Map.of()).javaOptionsFor(GrievanceService.ROUTING).stream()
                .allMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit=") || option.startsWith("-Xlog:cds")));
        assertEquals(List.of(), LauncherSettings.fromEnvironment(repo, Map.of("GRIEVANCE_CLASS_DATA", "OFF"))
                .javaOptionsFor(GrievanceService.ROUTING));
    }

    private Path built(GrievanceService service) throws IOException {
        Path jar = LauncherSettings.fromEnvironment(repo, Map.of()).runnerJar(service);
        Files.createDirectories(jar.getParent().resolve("lib"));
        Files.writeString(jar, "runner");
        Files.writeString(jar.getParent().resolve("lib/dependency.jar"), "dependency");
        return jar;
    }
}
