package org.civicgrievance.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of this run's processes, from {@code /proc/<pid>/stat} (user + system, in clock ticks of
 * 10 ms), and their resident memory: the services, the identity provider and the database server are
 * children of this JVM; the embedded Kafka broker runs inside it, beside the load client.
 */
final class ProcessCpu {

    private static final double MILLIS_PER_TICK = 10;

    /** CPU milliseconds so far, by process name. */
    static Map<String, Double> sample() {
        Map<String, Double> millis = new LinkedHashMap<>();
        millis.put("benchmark client + Kafka", ticks(ProcessHandle.current().pid()) * MILLIS_PER_TICK);
        ProcessHandle.current().descendants().forEach(process -> {
            double used = ticks(process.pid()) * MILLIS_PER_TICK;
            if (used >= 0) {
                millis.merge(name(process), used, Double::sum);
            }
        });
        return millis;
    }

    /** CPU milliseconds per case each process spent between two samples. */
    static String perCase(Map<String, Double> before, Map<String, Double> after, int cases) {
        double total = 0;
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Double> entry : after.entrySet()) {
            double spent = entry.getValue() - before.getOrDefault(entry.getKey(), 0d);
            total += spent;
            line.append(String.format(Locale.ROOT, "%s %.2f, ", entry.getKey(), spent / cases));
        }
        return String.format(Locale.ROOT, "CPU ms per case: %stotal %.2f", line, total / cases);
    }

    /** CPU milliseconds per case all processes together spent between two samples. */
    static double totalPerCase(Map<String, Double> before, Map<String, Double> after, int cases) {
        double total = 0;
        for (Map.Entry<String, Double> entry : after.entrySet()) {
            total += entry.getValue() - before.getOrDefault(entry.getKey(), 0d);
        }
        return total / cases;
    }

    /** Resident memory of each process now, in MiB. */
    static String residentMemory() {
        Map<String, Long> kib = new LinkedHashMap<>();
        kib.put("benchmark client + Kafka", rss(ProcessHandle.current().pid()));
        ProcessHandle.current().descendants().forEach(process -> kib.merge(name(process), rss(process.pid()), Long::sum));
        return "resident memory (MiB): " + kib.entrySet().stream()
                .map(entry -> "%s %d".formatted(entry.getKey(), entry.getValue() / 1024))
                .collect(Collectors.joining(", "));
    }

    private static String name(ProcessHandle process) {
        String command = process.info().commandLine().orElse("?");
        for (String service : new String[] {"intake-service", "routing-service", "resolution-service", "identity-provider"}) {
            if (command.contains(service)) {
                return service;
            }
        }
        return command.contains("mysqld") || command.contains("mariadbd") ? "MariaDB" : "other";
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private ProcessCpu() {
    }
}
