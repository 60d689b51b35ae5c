package org.civicgrievance.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSiteCheckTest {

    @ParameterizedTest(name = "Sec-Fetch-Site={0}, Origin={1}, Host={2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "same-origin, -,                          127.0.0.1:8081, true",
            "none,        -,                          127.0.0.1:8081, true",
            "same-site,   -,                          127.0.0.1:8081, false",
            "cross-site,  http://127.0.0.1:8081,      127.0.0.1:8081, false",
            "-,           http://127.0.0.1:8081,      127.0.0.1:8081, true",
            "-,           https://grievance.city.gov, grievance.city.gov, true",
            "-,           https://evil.example,       grievance.city.gov, false",
            "-,           http://127.0.0.1:9999,      127.0.0.1:8081, false",
            "-,           null,                       127.0.0.1:8081, false",
            "-,           -,                          127.0.0.1:8081, true",
    })
    void onlyPostsFromTheSiteItselfPass(String fetchSite, String origin, String host, boolean allowed) {
        assertEquals(allowed, CrossSiteCheck.allows(fetchSite, origin, host));
    }
}
