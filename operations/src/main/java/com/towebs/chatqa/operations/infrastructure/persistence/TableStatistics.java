package com.towebs.chatqa.operations.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refreshes PostgreSQL's statistics of the tables a large grading pass (a first import, a re-grade) grew, now
 * rather than at autovacuum's next round: without them it reads a look-up of a few hundred ids as most of a table
 * and scans the whole of it, for every step of the next pull. H2 keeps no such statistics.
 */
@ApplicationScoped
public class TableStatistics {

    private static final Logger LOG = Logger.getLogger(TableStatistics.class.getName());

    @Inject
    JtaTransactions transactions;

    @Inject
    @ConfigProperty(name = "chatqa.db.driver", defaultValue = "h2")
    String databaseDriver;

    /** After many chats were graded: the tables of chats and evaluations. */
    public void refreshAfterGrading() {
        if (!"postgresql".equals(databaseDriver)) {
            return;
        }
        transactions.inTransaction(
                em -> em.createNativeQuery("ANALYZE chat, chat_message, evaluation, criterion_result, profile_finding")
                        .executeUpdate());
        LOG.log(Level.FINE, "table statistics refreshed");
    }
}
