package com.towebs.chatqa.reporting.service;

import com.towebs.chatqa.reporting.warehouse.WarehouseLoader;
import com.towebs.chatqa.reporting.warehouse.WarehouseLoader.Backlog;
import com.towebs.chatqa.reporting.warehouse.WarehouseSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the warehouse loaded: migrates it at start, consumes operations' outbox of changes to evaluations (polled
 * every {@code chatqa.warehouse.poll}, default 2 s) and archives each month's reports the night after it closed.
 * While the panel sends a burst, gradings follow each other closely; a load after each would take the CPU from
 * ingestion, so loads of gradings are at least {@code chatqa.warehouse.pause} (default 60 s) apart: the dashboards
 * are at most that much behind. A change a person made (an override, a dispute's outcome) is loaded at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarehouseWorker {

    private static final Logger LOG = Logger.getLogger(WarehouseWorker.class.getName());

    @Resource(lookup = "java:jboss/datasources/ChatQaDS")
    DataSource dataSource;

    @Inject
    WarehouseLoader loader;

    @Inject
    ReportService reports;

    @Inject
    @ConfigProperty(name = "chatqa.timezone", defaultValue = "America/Argentina/Buenos_Aires")
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "chatqa.warehouse.pause", defaultValue = "PT60S")
    String pause;

    @Inject
    @ConfigProperty(name = "chatqa.warehouse.poll", defaultValue = "PT2S")
    String poll;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Duration pauseBetweenGradingLoads;
    /** When the last load of gradings began (System.nanoTime). */
    private volatile long lastGradingLoad;

    private volatile boolean readModelMissing;
    private ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        int migrations = WarehouseSchema.migrate(dataSource);
        LOG.log(Level.INFO, "warehouse migrations applied: {0}", migrations);
        pauseBetweenGradingLoads = duration("chatqa.warehouse.pause", pause);
        lastGradingLoad = System.nanoTime() - pauseBetweenGradingLoads.toNanos(); // the first gradings load at once
        polling = scheduler.scheduleWithFixedDelay(
                this::poll, 0, duration("chatqa.warehouse.poll", poll).toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
    }

    /** Loads what the outbox holds when it is time to; a failed load is tried again at the next poll. */
    void poll() {
        try {
            Backlog backlog = loader.backlog();
            readModelMissing = false;
            long now = System.nanoTime();
            boolean gradingsDue = backlog.gradings() > 0 && now - lastGradingLoad >= pauseBetweenGradingLoads.toNanos();
            if (gradingsDue) {
                lastGradingLoad = now;
            }
            if (gradingsDue || backlog.byPeople() > 0) {
                long loaded = loader.load();
                if (loaded > 0) {
                    LOG.log(Level.INFO, "warehouse: {0} chats loaded", loaded);
                }
            }
        } catch (RuntimeException e) {
            // at start, operations' migrations may not have created the read model yet: say so once
            if (!readModelMissing) {
                LOG.log(Level.WARNING, "warehouse load failed, tried again at the next poll: {0}", e.toString());
            }
            readModelMissing = true;
            LOG.log(Level.FINE, "warehouse load failed", e);
        }
    }

    /** Loads everything the outbox holds now, on the caller's thread; returns how many chats' facts were written. */
    public long loadNow() {
        return loader.load();
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

    /** A duration setting, as ISO-8601 ({@code PT60S}) or a number of seconds ({@code 60}), as the README says. */
    static Duration duration(String setting, String value) {
        String text = value.trim();
        try {
            return text.chars().allMatch(Character::isDigit)
                    ? Duration.ofSeconds(Long.parseLong(text))
                    : Duration.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    setting + " is a duration like PT60S or a number of seconds, not \"" + value + "\"", e);
        }
    }
}
