package com.towebs.chatqa.ingestion.review;

import com.towebs.chatqa.ingestion.rubric.RubricCatalog;
import com.towebs.chatqa.ingestion.server.Settings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The review rules as the server runs them: ToWebs' zone, the rubric catalogue, the system clock. */
@ApplicationScoped
public class ReviewComponents {

    @EJB
    RubricCatalog catalog;

    @Produces
    @Singleton
    Reviews reviews() {
        ZoneId zone = ZoneId.of(Settings.fromEnvironment().get("chatqa.timezone", "America/Argentina/Buenos_Aires"));
        return new Reviews(zone, version -> catalog.byVersion(version), Clock.systemUTC());
    }
}
