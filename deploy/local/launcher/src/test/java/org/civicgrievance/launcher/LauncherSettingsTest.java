package org.civicgrievance.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    @Test
    void extraJavaOptionsApplyToEveryServiceWithItsOwnName() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Path.of("."), Map.of("GRIEVANCE_JAVA_OPTIONS",
                " -XX:StartFlightRecording=filename=/tmp/{service}.jfr   -Xss512k "));

        assertEquals(List.of("-XX:StartFlightRecording=filename=/tmp/intake-service.jfr", "-Xss512k"),
                settings.javaOptionsFor(GrievanceService.INTAKE));
        assertEquals("-XX:StartFlightRecording=filename=/tmp/routing-service.jfr",
                settings.withFreePorts().javaOptionsFor(GrievanceService.ROUTING).get(0));
    }

    @Test
    void withoutTheVariableServicesGetOnlyTheLaunchersOwnOptions() {
        assertEquals(List.of(), LauncherSettings.fromEnvironment(Path.of("."), Map.of()).javaOptionsFor(GrievanceService.INTAKE));
    }
}
