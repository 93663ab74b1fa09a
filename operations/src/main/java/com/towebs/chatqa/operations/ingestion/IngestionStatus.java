package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.operations.access.Viewer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** What QA admins watch: the recent ingestion runs with their counts and failures, and the grading backlog. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // IngestionMonitor runs its own transactions
public class IngestionStatus {

    public record RunView(
            long id,
            String source,
            String trigger,
            Instant startedAt,
            Instant finishedAt,
            String outcome,
            int received,
            int accepted,
            int updated,
            int unchanged,
            int rejected,
            int retries,
            String failure) {}

    public record Backlog(long pending, long parked, long quarantined) {}

    @Inject
    IngestionMonitor monitor;

    /** The latest runs, newest first (QA admins only). */
    public List<RunView> recentRuns(Viewer viewer, int limit) {
        return monitor.recentRuns(viewer, limit);
    }

    /** Chats waiting for grading or parked, records in quarantine (QA admins only). */
    public Backlog backlog(Viewer viewer) {
        return monitor.backlog(viewer);
    }
}
