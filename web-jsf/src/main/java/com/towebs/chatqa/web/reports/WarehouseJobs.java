package com.towebs.chatqa.web.reports;

import com.towebs.chatqa.operations.grading.GradingWorker;
import com.towebs.chatqa.operations.infrastructure.concurrent.CoalescingRunner;
import com.towebs.chatqa.reporting.service.ReportService;
import com.towebs.chatqa.reporting.warehouse.WarehouseLoader;
import com.towebs.chatqa.reporting.warehouse.WarehouseSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The warehouse's jobs on the server: its migrations at start, a load after grading (and on demand), and the
 * monthly archive, generated each night for the month that closed. While the panel sends a burst, grading passes
 * follow each other closely; a load after each would re-read every current evaluation each time and take the CPU
 * from ingestion, so loads that follow grading are at least {@code chatqa.warehouse.pause} (default 60 s) apart:
 * the dashboards are at most that much behind the last pass.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarehouseJobs {

    private static final Logger LOG = Logger.getLogger(WarehouseJobs.class.getName());

    @Inject
    JtaSqlTransactions transactions;

    @Inject
    WarehouseLoader loader;

    @Inject
    ReportService reports;

    @Inject
    ZoneId zone;

    @Inject
    GradingWorker grading;

    @Inject
    @ConfigProperty(name = "chatqa.warehouse.pause", defaultValue = "PT60S")
    Duration pause;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final CoalescingRunner loads = new CoalescingRunner("warehouse load", this::load);
    private final AtomicBoolean loadScheduled = new AtomicBoolean();
    /** When the last load that followed grading was asked for (System.nanoTime). */
    private volatile long lastGradingLoad;

    @PostConstruct
    void start() {
        int migrations = WarehouseSchema.migrate(transactions.dataSource());
        LOG.log(Level.INFO, "warehouse migrations applied: {0}", migrations);
        lastGradingLoad = System.nanoTime() - pause.toNanos(); // the first pass after start is loaded at once
        grading.afterEachPass(this::requestLoadAfterGrading);
        requestLoad();
    }

    /** Asks for a load; a load already running is followed by one more, so nothing graded meanwhile is missed. */
    public void requestLoad() {
        loads.request(executor);
    }

    /**
     * A load at once when the last one that followed grading is a pause ago, else one when the pause is over; at
     * most one such load waits at a time.
     */
    private void requestLoadAfterGrading() {
        long wait = pause.toNanos() - (System.nanoTime() - lastGradingLoad);
        if (wait <= 0) {
            loadAfterGrading();
        } else if (loadScheduled.compareAndSet(false, true)) {
            scheduler.schedule(
                    () -> {
                        loadScheduled.set(false);
                        loadAfterGrading();
                    },
                    wait,
                    TimeUnit.NANOSECONDS);
        }
    }

    private void loadAfterGrading() {
        lastGradingLoad = System.nanoTime();
        requestLoad();
    }

    /** Loads now on the caller's thread; returns how many chats' facts were written. */
    public long loadNow() {
        return loader.load();
    }

    private void load() {
        long loaded = loader.load();
        if (loaded > 0) {
            LOG.log(Level.INFO, "warehouse: {0} chats loaded", loaded);
        }
    }

    /** Each night: the reports of the month that closed, generated once and kept. */
    @Schedule(hour = "2", minute = "15", persistent = false)
    void archiveClosedMonth() {
        YearMonth closed = YearMonth.now(zone).minusMonths(1);
        loader.load();
        int generated = reports.archive(closed);
        if (generated > 0) {
            LOG.log(Level.INFO, "archived {0} reports of {1}", new Object[] {generated, closed});
        }
    }
}
