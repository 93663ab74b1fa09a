package com.towebs.chatqa.operations.infrastructure.concurrent;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks on another executor with at most {@code limit} of them in flight; the others wait in a queue, so the
 * submitting thread never blocks (a pull queues the next step's fetches and goes on storing the current step).
 * Keeps a pull from sending the panel more concurrent calls than it should take.
 */
public final class BoundedExecutor implements Executor {

    private static final Logger LOG = Logger.getLogger(BoundedExecutor.class.getName());

    private final Executor delegate;
    private final int limit;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger workers = new AtomicInteger();

    public BoundedExecutor(Executor delegate, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one task at a time");
        }
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public void execute(Runnable task) {
        waiting.add(task);
        try {
            startWorkerIfNeeded();
        } catch (RuntimeException rejected) {
            waiting.remove(task);
            throw rejected;
        }
    }

    /** Starts one more worker while tasks wait and fewer than {@code limit} workers run. */
    private void startWorkerIfNeeded() {
        while (!waiting.isEmpty()) {
            int running = workers.get();
            if (running >= limit) {
                return; // a running worker takes the task when it is done with its own
            }
            if (workers.compareAndSet(running, running + 1)) {
                try {
                    delegate.execute(this::drain);
                } catch (RuntimeException rejected) {
                    workers.decrementAndGet();
                    throw rejected;
                }
                return;
            }
        }
    }

    private void drain() {
        try {
            for (Runnable task = waiting.poll(); task != null; task = waiting.poll()) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a bounded task failed", e);
                }
            }
        } finally {
            workers.decrementAndGet();
            startWorkerIfNeeded(); // a task queued between the last poll and the decrement
        }
    }
}
