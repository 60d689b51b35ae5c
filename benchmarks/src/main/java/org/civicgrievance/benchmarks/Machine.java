package org.civicgrievance.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** What the figures were measured on, printed with them. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format("%s | %d cores, %s | %s | Java %s (%s)",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal").map(v -> v.replaceAll("\\s+", " ")).orElse("? memory"),
                procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
