package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.operations.rubric.RubricCatalog;
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
    ReviewQueries reviewQueries(ZoneId zone) {
        return new ReviewQueries(zone);
    }

    @Produces
    @Singleton
    ReviewCommands reviewCommands() {
        return new ReviewCommands(version -> catalog.byVersion(version), Clock.systemUTC());
    }
}
