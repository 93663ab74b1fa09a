package com.towebs.chatqa.web.reports;

import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.NoSuchChat;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.service.ReportService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Excel exports written in the background, so a long export shows its progress instead of holding a request: each
 * job writes to a temporary file, counts its rows, and belongs to the user who started it. Jobs and files older
 * than an hour are removed.
 */
@ApplicationScoped
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());
    private static final Duration KEEP = Duration.ofHours(1);

    /** Where a job stands. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** What the page shows of a job. */
    public record ExportStatus(String id, State state, long rowsWritten, long totalRows, String failure) {}

    private static final class Job {
        final String owner;
        final ExportFilter filter;
        final Path file;
        final Instant started = Instant.now();
        volatile State state = State.RUNNING;
        volatile long rows;
        volatile long total = -1;
        volatile String failure;

        Job(String owner, ExportFilter filter, Path file) {
            this.owner = owner;
            this.filter = filter;
            this.file = file;
        }
    }

    @Inject
    SecuredReports reports;

    @Inject
    ReportService service;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** Checks the rule now, then writes the workbook in the background; returns the job's id. */
    public String start(Viewer viewer, ExportFilter filter, Locale locale) {
        reports.requireExport(viewer, filter);
        removeOld();
        Path file;
        try {
            file = Files.createTempFile("chatqa-export-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String id = UUID.randomUUID().toString();
        Job job = new Job(viewer.username(), filter, file);
        jobs.put(id, job);
        executor.execute(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                job.total = service.exportRows(filter);
                reports.export(viewer, filter, locale, out, rows -> job.rows = rows);
                job.state = State.DONE;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "export " + id + " failed", e);
                job.failure = e.getClass().getSimpleName();
                job.state = State.FAILED;
            }
        });
        return id;
    }

    public ExportStatus status(Viewer viewer, String id) {
        Job job = owned(viewer, id);
        return new ExportStatus(id, job.state, job.rows, job.total, job.failure);
    }

    /** The finished workbook. @throws NoSuchChat if there is no such finished job */
    public Path file(Viewer viewer, String id) {
        Job job = owned(viewer, id);
        if (job.state != State.DONE) {
            throw new NoSuchChat("export " + id + " is not ready");
        }
        return job.file;
    }

    /** The period of a job, for the file name. */
    public ExportFilter filter(Viewer viewer, String id) {
        return owned(viewer, id).filter;
    }

    private Job owned(Viewer viewer, String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new NoSuchChat("no export " + id);
        }
        if (!job.owner.equals(viewer.username())) {
            throw new AccessDenied(viewer.username() + " did not start export " + id);
        }
        return job;
    }

    private void removeOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.entrySet().removeIf(entry -> {
            if (entry.getValue().started.isBefore(limit) && entry.getValue().state != State.RUNNING) {
                try {
                    Files.deleteIfExists(entry.getValue().file);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "could not delete an old export", e);
                }
                return true;
            }
            return false;
        });
    }
}
