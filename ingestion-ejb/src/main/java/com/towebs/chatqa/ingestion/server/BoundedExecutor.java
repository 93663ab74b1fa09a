package com.towebs.chatqa.ingestion.server;

import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * Runs tasks on another executor with at most {@code limit} of them in flight: the submitting thread waits for a
 * free slot. Keeps a pull from sending the panel more concurrent calls than it should take.
 */
final class BoundedExecutor implements Executor {

    private final Executor delegate;
    private final Semaphore slots;

    BoundedExecutor(Executor delegate, int limit) {
        this.delegate = delegate;
        this.slots = new Semaphore(limit);
    }

    @Override
    public void execute(Runnable task) {
        slots.acquireUninterruptibly();
        try {
            delegate.execute(() -> {
                try {
                    task.run();
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException rejected) {
            slots.release();
            throw rejected;
        }
    }
}
