package com.towebs.chatqa.operations.infrastructure.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedExecutorTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void queuesWithoutBlockingTheSubmitterAndRunsAtMostTheLimitAtOnce() throws InterruptedException {
        BoundedExecutor bounded = new BoundedExecutor(pool, 2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(10);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            // with every task held, a submitter that waited for a free slot would never get past the third
            bounded.execute(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertThat(done.getCount()).isEqualTo(10);
        release.countDown();

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void aFailingTaskDoesNotStopTheOthers() throws InterruptedException {
        BoundedExecutor bounded = new BoundedExecutor(pool, 1);
        CountDownLatch done = new CountDownLatch(2);
        bounded.execute(() -> {
            done.countDown();
            throw new IllegalStateException("broken task");
        });
        bounded.execute(done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
