package com.towebs.chatqa.web.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written as JSON by Jackson (so labels, which can hold
 * names, are always proper JSON strings). The chart library ships inside PrimeFaces; nothing loads from outside.
 */
final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLUE = "#2563eb";
    private static final String GREEN = "#16a34a";

    private Charts() {}

    /** A line of scores (0-100) by label. */
    static String scoreLine(String label, List<String> labels, List<Double> values) {
        return write(Map.of(
                "type",
                "line",
                "data",
                Map.of(
                        "labels",
                        labels,
                        "datasets",
                        List.of(Map.of(
                                "label",
                                label,
                                "data",
                                values,
                                "borderColor",
                                BLUE,
                                "backgroundColor",
                                BLUE,
                                "tension",
                                0.25,
                                "fill",
                                false))),
                "options",
                Map.of(
                        "responsive",
                        true,
                        "maintainAspectRatio",
                        false,
                        "animation",
                        false,
                        "scales",
                        Map.of("y", Map.of("min", 0, "max", 100)))));
    }

    /** Horizontal bars of percentages (0-100) by label. */
    static String percentBars(String label, List<String> labels, List<Double> values) {
        return write(Map.of(
                "type",
                "bar",
                "data",
                Map.of(
                        "labels",
                        labels,
                        "datasets",
                        List.of(Map.of("label", label, "data", values, "backgroundColor", GREEN))),
                "options",
                Map.of(
                        "indexAxis",
                        "y",
                        "responsive",
                        true,
                        "maintainAspectRatio",
                        false,
                        "animation",
                        false,
                        "scales",
                        Map.of("x", Map.of("min", 0, "max", 100), "y", Map.of("ticks", Map.of("autoSkip", false))))));
    }

    private static String write(Object chart) {
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
