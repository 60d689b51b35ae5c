package org.civicgrievance.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A handler's lists at the stored size: the first page of the department's queue, a search by words,
 * a search by tracking number and a filtered page, through the JSON API and the workbench page, one
 * request at a time (the latency a handler meets, not a throughput), as the seeded account
 * {@code handler.urban} of the local identity provider.
 */
final class QueuePages {

    private static final String DEPARTMENT = "urban-management";
    /** The seeded local accounts' password (deploy/local/identity-provider's README). */
    private static final String LOCAL_PASSWORD = "civic-local-2026";
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern TRACKING = Pattern.compile("\"trackingNumber\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final URI identity;
    private final URI resolution;

    QueuePages(HttpClient http, URI identity, URI resolution) {
        this.http = http;
        this.identity = identity;
        this.resolution = resolution;
    }

    void measure(int samples, Map<String, Double> figures) throws IOException, InterruptedException {
        String token = signIn();
        String first = get("/api/departments/" + DEPARTMENT + "/queue", token);
        Matcher total = TOTAL.matcher(first);
        Matcher tracking = TRACKING.matcher(first);
        String trackingNumber = tracking.find() ? tracking.group(1) : "GR-2026-00000000";
        System.out.printf(Locale.ROOT, "queue of %s: %s cases waiting%n", DEPARTMENT, total.find() ? total.group(1) : "?");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("queue first page (API)", "/api/departments/" + DEPARTMENT + "/queue");
        pages.put("queue page 10 (API)", "/api/departments/" + DEPARTMENT + "/queue?page=10");
        pages.put("queue search by words (API)", "/api/departments/" + DEPARTMENT + "/queue?q=" + encode("路灯"));
        pages.put("queue search by tracking number (API)", "/api/departments/" + DEPARTMENT + "/queue?q=" + trackingNumber);
        pages.put("queue filtered, red cards (API)", "/api/departments/" + DEPARTMENT + "/queue?card=RED");
        pages.put("workbench home (HTML)", "/staff/");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Latencies latencies = new Latencies(page.getKey());
            get(page.getValue(), token); // once unmeasured: the plan and the pages it reads are warm
            long start = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                get(page.getValue(), token);
                latencies.record(System.nanoTime() - t0);
            }
            System.out.println(latencies.summary((System.nanoTime() - start) / 1e9) + "   one at a time");
            figures.put(page.getKey() + ", p50 ms", latencies.millis(0.50));
            figures.put(page.getKey() + ", p99 ms", latencies.millis(0.99));
        }
    }

    private String signIn() throws IOException, InterruptedException {
        String form = "grant_type=password&username=handler.urban&password=" + LOCAL_PASSWORD;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(identity.resolve("/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("sign-in answered " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }

    private String get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(resolution.resolve(path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
