package com.towebs.chatqa.operations.infrastructure.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one job on an executor, one run at a time, whenever asked: a request that arrives during a run makes the
 * job run once more afterwards, so a burst of requests costs a few runs, not one per request, and nothing asked
 * for during a run is missed. Used by grading and by the warehouse load.
 */
public final class CoalescingRunner {

    private static final Logger LOG = Logger.getLogger(CoalescingRunner.class.getName());

    private final String name;
    private final Runnable job;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    /** @param name what the job is, for the log when it fails */
    public CoalescingRunner(String name, Runnable job) {
        this.name = name;
        this.job = job;
    }

    /** Asks for a run on {@code executor}; returns at once. */
    public void request(Executor executor) {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(() -> drain(executor));
        }
    }

    private void drain(Executor executor) {
        try {
            while (requested.getAndSet(false)) {
                job.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, name + " failed; the next run takes up what is left", e);
        } finally {
            running.set(false);
            if (requested.get()) {
                request(executor);
            }
        }
    }
}
