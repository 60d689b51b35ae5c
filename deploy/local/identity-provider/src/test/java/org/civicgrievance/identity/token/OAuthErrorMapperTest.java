package org.civicgrievance.identity.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OAuthErrorMapperTest {

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        assertEquals(60, OAuthErrorMapper.wholeSecondsAtLeastOne(Duration.ofSeconds(60)));
        assertEquals(60, OAuthErrorMapper.wholeSecondsAtLeastOne(Duration.ofMillis(59_001)));
        assertEquals(1, OAuthErrorMapper.wholeSecondsAtLeastOne(Duration.ofNanos(1)));
    }

    @Test
    void retryAfterIsNeverZero() {
        assertEquals(1, OAuthErrorMapper.wholeSecondsAtLeastOne(Duration.ZERO));
    }
}
