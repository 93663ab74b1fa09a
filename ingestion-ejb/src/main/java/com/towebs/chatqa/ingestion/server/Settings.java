package com.towebs.chatqa.ingestion.server;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The product's configuration as the server sees it: a system property {@code chatqa.x.y} wins, then the
 * environment variable {@code CHATQA_X_Y}. Documented in the README ("Configuration"); never holds defaults for
 * secrets.
 */
public final class Settings {

    private final Map<String, String> overrides;

    private Settings(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    /** Reads the server's system properties and environment. */
    public static Settings fromEnvironment() {
        return new Settings(Map.of());
    }

    /** For tests: these values win over the environment. */
    public static Settings with(Map<String, String> values) {
        return new Settings(new LinkedHashMap<>(values));
    }

    public Optional<String> get(String key) {
        String value = overrides.get(key);
        if (value == null) {
            value = System.getProperty(key);
        }
        if (value == null) {
            value = System.getenv(environmentName(key));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int getInt(String key, int fallback) {
        return get(key).map(value -> {
                    try {
                        return Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(key + " must be a whole number, was \"" + value + "\"", e);
                    }
                })
                .orElse(fallback);
    }

    /** A duration as ISO-8601 ({@code PT5M}) or seconds ({@code 300}). */
    public Duration getDuration(String key, Duration fallback) {
        return get(key).map(value -> {
                    try {
                        return value.chars().allMatch(Character::isDigit)
                                ? Duration.ofSeconds(Long.parseLong(value))
                                : Duration.parse(value);
                    } catch (DateTimeParseException | NumberFormatException e) {
                        throw new IllegalArgumentException(
                                key + " must be a duration like PT5M or a number of seconds, was \"" + value + "\"", e);
                    }
                })
                .orElse(fallback);
    }

    /** A map written {@code key=value;key=value} (e.g. staff names to agent ids). */
    public Map<String, String> getMap(String key) {
        Map<String, String> map = new LinkedHashMap<>();
        get(key).ifPresent(value -> {
            for (String entry : value.split(";")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    map.put(
                            entry.substring(0, equals).trim(),
                            entry.substring(equals + 1).trim());
                } else if (!entry.isBlank()) {
                    throw new IllegalArgumentException(key + ": \"" + entry + "\" is not key=value");
                }
            }
        });
        return map;
    }

    static String environmentName(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
