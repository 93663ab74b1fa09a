package com.towebs.chatqa.operations.grading;

import com.towebs.chatqa.operations.infrastructure.concurrent.CoalescingRunner;
import com.towebs.chatqa.operations.infrastructure.persistence.TableStatistics;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Grades off the request and ingestion threads: one pass at a time on the server's managed executor, started
 * whenever ingestion commits a step. Requests that arrive during a pass make it run once more, so a burst from
 * the panel costs a few passes, not one task per chat.
 */
@ApplicationScoped
public class GradingWorker {

    private static final Logger LOG = Logger.getLogger(GradingWorker.class.getName());
    private static final int REFRESH_STATISTICS_AFTER = 1_000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Grader grader;

    @Inject
    TableStatistics statistics;

    private final List<Runnable> afterPass = new CopyOnWriteArrayList<>();
    private final CoalescingRunner passes = new CoalescingRunner("grading pass", this::pass);

    /**
     * Runs {@code listener} on the grading thread after every pass that graded something (the web module loads the
     * reporting warehouse there: it cannot observe this module's CDI events).
     */
    public void afterEachPass(Runnable listener) {
        afterPass.add(listener);
    }

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
        if (pass.graded() > 0) {
            afterPass.forEach(Runnable::run);
        }
    }
}
