package com.towebs.chatqa.operations.grading;

import com.towebs.chatqa.operations.infrastructure.concurrent.CoalescingRunner;
import com.towebs.chatqa.operations.infrastructure.persistence.TableStatistics;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Grades off the request and ingestion threads: one pass at a time on the server's managed executor, started
 * whenever ingestion commits a step. Requests that arrive during a pass make it run once more, so a burst from
 * the panel costs a few passes, not one task per chat. Each grading is recorded in the outbox in its transaction;
 * reporting's worker takes it from there.
 */
@ApplicationScoped
public class GradingWorker {

    private static final Logger LOG = Logger.getLogger(GradingWorker.class.getName());
    /** A pass that graded this many chats grew the tables enough for PostgreSQL to plan better with fresh statistics. */
    private static final int REFRESH_STATISTICS_AFTER = 1_000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Grader grader;

    @Inject
    TableStatistics statistics;

    private final CoalescingRunner passes = new CoalescingRunner("grading pass", this::pass);

    /** Asks for a grading pass; returns at once. */
    public void requestPass() {
        passes.request(executor);
    }

    private void pass() {
        Grader.GradingPass pass = grader.gradePending();
        if (pass.graded() > 0 || pass.failed() > 0) {
            LOG.log(Level.INFO, "graded {0} chats, {1} failed", new Object[] {pass.graded(), pass.failed()});
        }
        if (pass.graded() >= REFRESH_STATISTICS_AFTER) {
            statistics.refreshAfterGrading();
        }
    }
}
