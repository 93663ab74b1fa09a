package com.towebs.chatqa.operations.infrastructure.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A setting written {@code key=value;key=value} (staff names to agent ids, department ids to teams). MicroProfile
 * Config converts to it through {@link #of(String)}.
 */
public record KeyValues(Map<String, String> entries) {

    public static final KeyValues NONE = new KeyValues(Map.of());

    public KeyValues {
        entries = Map.copyOf(entries);
    }

    public static KeyValues of(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String entry : text.split(";")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                entries.put(
                        entry.substring(0, equals).trim(),
                        entry.substring(equals + 1).trim());
            } else if (!entry.isBlank()) {
                throw new IllegalArgumentException("\"" + entry + "\" is not key=value");
            }
        }
        return new KeyValues(entries);
    }
}
