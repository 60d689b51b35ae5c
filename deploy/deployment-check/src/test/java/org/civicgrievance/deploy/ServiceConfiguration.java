package org.civicgrievance.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service needs in production, read from its code and configuration (and the platform's,
 * which every service carries): the environment variables without which it cannot start correctly,
 * its HTTP port, and the Kafka topics it reads and writes. Nothing here is a hard-coded list of
 * names, so a new setting or topic in the code makes the deployment tests fail until the
 * deployment files provide it.
 */
final class ServiceConfiguration {

    /**
     * Settings Quarkus' own extensions need that no code here names and that have no production
     * default: the datasource. (Kafka's bootstrap servers are found in the code: the outbox producer.)
     */
    static final List<String> EXTENSION_SETTINGS = List.of(
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"(\\s*,\\s*defaultValue\\s*=\\s*\"[^\"]*\")?\\s*\\)\\s*([\\w.]+)");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\\s*\"([^\"]+)\"");
    private static final Pattern MAPPING_MEMBER = Pattern.compile("^\\s*([\\w.<>, ]+?)\\s+(\\w+)\\(\\);");
    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INCOMING_CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final Set<String> LEAF_TYPES = Set.of("String", "int", "long", "double", "boolean", "Integer",
            "Long", "Double", "Boolean", "Duration", "ZoneId", "URI", "URL", "Path", "MemorySize", "Instant");

    private final Path root;
    private final String module;

    ServiceConfiguration(Path root, String module) {
        this.root = root;
        this.module = module;
    }

    /** The module's directory name, which is also its artifact, image and Kubernetes name. */
    String name() {
        return module;
    }

    Path directory() {
        return root.resolve(module);
    }

    /** The database schema: the module's name without "-service", as in deploy/mysql/grants.sql. */
    String schema() {
        return module.replaceFirst("-service$", "");
    }

    @Override
    public String toString() {
        return module;
    }

    /**
     * The settings in force in the prod profile: the platform's defaults, then the service's file,
     * each with its {@code %prod.} lines overriding; other profiles' lines left out.
     */
    Map<String, String> productionProperties() {
        Map<String, String> effective = new LinkedHashMap<>();
        for (Path file : List.of(
                root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"),
                directory().resolve("src/main/resources/application.properties"))) {
            if (!Files.exists(file)) {
                continue;
            }
            Properties properties = load(file);
            Map<String, String> prodOnly = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                if (key.startsWith("%prod.")) {
                    prodOnly.put(key.substring("%prod.".length()), value);
                } else if (!key.startsWith("%")) {
                    effective.put(key, value);
                }
            }
            effective.putAll(prodOnly);
        }
        return effective;
    }

    int httpPort() {
        String port = productionProperties().get("quarkus.http.port");
        if (port == null) {
            throw new IllegalStateException(module + " sets no quarkus.http.port");
        }
        return Integer.parseInt(port.trim());
    }

    /**
     * Environment variables production must set: placeholders without a default in the prod
     * settings, placeholders whose default only works on a developer's machine (127.0.0.1,
     * localhost), and settings the code or Quarkus reads without a default that no file sets.
     */
    Set<String> requiredEnvironment() {
        Map<String, String> properties = productionProperties();
        Set<String> required = new TreeSet<>();
        properties.values().forEach(value -> required.addAll(placeholdersWithoutUsableDefault(value, properties)));
        for (String source : javaSources()) {
            for (String literal : stringLiterals(source)) {
                required.addAll(placeholdersWithoutUsableDefault(literal, properties));
            }
        }
        Set<String> keys = new TreeSet<>(EXTENSION_SETTINGS);
        javaSources().forEach(source -> keys.addAll(keysReadWithoutDefault(source)));
        keys.stream().filter(key -> !properties.containsKey(key)).map(ServiceConfiguration::environmentName)
                .forEach(required::add);
        return required;
    }

    /**
     * Kafka topics the service's code and configuration name: constants of its {@code Topics} class
     * and the platform's {@code TOPIC} constants (what it emits through the outbox), the {@code topic}
     * of every channel, and the dead-letter topic of every incoming channel whose failure strategy is
     * dead-letter-queue (SmallRye's default name: {@code dead-letter-topic-<channel>}).
     */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(sourceFiles(directory()), sourceFiles(root.resolve("platform")))) {
            files.forEach(file -> {
                boolean topicsClass = file.getFileName().toString().equals("Topics.java");
                Matcher constant = STRING_CONSTANT.matcher(Repository.read(file));
                while (constant.find()) {
                    String name = constant.group(1);
                    if ((topicsClass && !name.endsWith("_CHANNEL")) || name.equals("TOPIC")) {
                        topics.add(constant.group(2));
                    }
                }
            });
        }
        Map<String, String> properties = productionProperties();
        properties.forEach((key, value) -> {
            if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                topics.add(value.trim());
            }
        });
        String defaultStrategy = properties.get("mp.messaging.connector.smallrye-kafka.failure-strategy");
        for (String channel : incomingChannels()) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            String strategy = properties.getOrDefault(prefix + "failure-strategy", defaultStrategy);
            if ("dead-letter-queue".equals(strategy)) {
                topics.add(properties.getOrDefault(prefix + "dead-letter-queue.topic", "dead-letter-topic-" + channel));
            }
        }
        return topics;
    }

    Set<String> incomingChannels() {
        Set<String> channels = new TreeSet<>();
        productionProperties().forEach((key, value) -> {
            Matcher incoming = INCOMING_CONNECTOR.matcher(key);
            if (incoming.matches() && value.trim().equals("smallrye-kafka")) {
                channels.add(incoming.group(1));
            }
        });
        return channels;
    }

    /** MicroProfile Config's environment name of a property: non-alphanumerics to '_', upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static Set<String> placeholdersWithoutUsableDefault(String value, Map<String, String> properties) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(value);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String fallback = placeholder.group(2);
            boolean reference = properties.containsKey(name) || name.contains(".");
            boolean developerOnly = fallback != null && (fallback.contains("127.0.0.1") || fallback.contains("localhost"));
            if (!reference && (fallback == null || developerOnly)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Keys read with {@code @ConfigProperty} without defaultValue (and not Optional), and members of
     * {@code @ConfigMapping} interfaces without {@code @WithDefault} (and not Optional), one level of
     * nested groups deep.
     */
    static Set<String> keysReadWithoutDefault(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher property = CONFIG_PROPERTY.matcher(source);
        while (property.find()) {
            if (property.group(2) == null && !property.group(3).startsWith("Optional")) {
                keys.add(property.group(1));
            }
        }
        Matcher mapping = CONFIG_MAPPING.matcher(source);
        if (mapping.find()) {
            keys.addAll(mappingKeys(mapping.group(1), source.substring(mapping.end())));
        }
        return keys;
    }

    private static Set<String> mappingKeys(String prefix, String body) {
        // members per interface, top-level first; a member is required unless defaulted or Optional
        Map<String, Map<String, String>> members = new LinkedHashMap<>();
        Map<String, Set<String>> defaulted = new HashMap<>();
        Deque<String> interfaces = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        int depth = 0;
        boolean withDefault = false;
        String withName = null;
        for (String line : body.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
                continue;
            }
            Matcher declared = INTERFACE.matcher(trimmed);
            if (declared.find()) {
                interfaces.push(declared.group(1));
                depths.push(depth);
                members.putIfAbsent(declared.group(1), new LinkedHashMap<>());
            }
            if (trimmed.startsWith("@WithDefault")) {
                withDefault = true;
            }
            Matcher named = WITH_NAME.matcher(trimmed);
            if (named.find()) {
                withName = named.group(1);
            }
            Matcher member = MAPPING_MEMBER.matcher(line);
            if (member.find() && !interfaces.isEmpty()) {
                // the key's own segment: @WithName's, else the method's name in kebab case
                String name = withName != null ? withName : kebab(member.group(2));
                members.get(interfaces.peek()).put(name, member.group(1).trim());
                if (withDefault) {
                    defaulted.computeIfAbsent(interfaces.peek(), k -> new TreeSet<>()).add(name);
                }
                withDefault = false;
                withName = null;
            }
            for (char c : trimmed.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (!depths.isEmpty() && depth == depths.peek()) {
                        depths.pop();
                        interfaces.pop();
                    }
                }
            }
            if (members.size() > 0 && interfaces.isEmpty()) {
                break;
            }
        }
        Set<String> keys = new TreeSet<>();
        if (members.isEmpty()) {
            return keys;
        }
        String top = members.keySet().iterator().next();
        members.get(top).forEach((name, type) -> {
            if (defaulted.getOrDefault(top, Set.of()).contains(name) || type.startsWith("Optional")) {
                return;
            }
            String key = prefix + "." + name;
            if (members.containsKey(type) && !type.equals(top)) {
                members.get(type).forEach((inner, innerType) -> {
                    if (!defaulted.getOrDefault(type, Set.of()).contains(inner) && !innerType.startsWith("Optional")) {
                        keys.add(key + "." + inner);
                    }
                });
            } else if (LEAF_TYPES.contains(type) || type.startsWith("List<") || type.startsWith("Set<")) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> stringLiterals(String source) {
        List<String> literals = new java.util.ArrayList<>();
        Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(source);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        return literals;
    }

    private List<String> javaSources() {
        try (Stream<Path> files = Stream.concat(sourceFiles(directory()), sourceFiles(root.resolve("platform")))) {
            return files.map(Repository::read).toList();
        }
    }

    private static Stream<Path> sourceFiles(Path module) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return Stream.empty();
        }
        try {
            return Files.walk(sources).filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
