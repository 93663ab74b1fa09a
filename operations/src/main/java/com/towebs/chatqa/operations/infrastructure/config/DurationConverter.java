package com.towebs.chatqa.operations.infrastructure.config;

import jakarta.annotation.Priority;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Durations in the product's settings are written as ISO-8601 ({@code PT5M}) or as a number of seconds ({@code 300}),
 * as the README documents; MicroProfile Config's built-in conversion takes only the first. Registered through
 * META-INF/services, above the built-in converters.
 */
@Priority(200)
public class DurationConverter implements Converter<Duration> {

    @Override
    public Duration convert(String value) {
        String text = value.trim();
        try {
            return text.chars().allMatch(Character::isDigit)
                    ? Duration.ofSeconds(Long.parseLong(text))
                    : Duration.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    "a duration is written like PT5M or as a number of seconds, not \"" + value + "\"", e);
        }
    }
}
