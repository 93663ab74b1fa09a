package com.towebs.chatqa.operations.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ToWebs' time zone ({@code chatqa.timezone}): a chat belongs to the day and month it started there, in grading
 * periods, reports and pages alike, so every part of the product takes the zone from here.
 */
@ApplicationScoped
public class CompanyZone {

    @Inject
    @ConfigProperty(name = "chatqa.timezone", defaultValue = "America/Argentina/Buenos_Aires")
    String zone;

    @Produces
    @Singleton
    ZoneId zone() {
        return ZoneId.of(zone);
    }
}
