package org.civicgrievance.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** English never falls back to Chinese unnoticed: every message has its translation, and nothing else is there. */
class WebMessagesTest {

    @Test
    void everyMessageHasItsEnglishAndNoMore() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/web_en.properties")) {
            assertNotNull(in, "messages/web_en.properties is on the class path");
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(WebMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, new TreeSet<>(english.stringPropertyNames()));
    }
}
