package com.towebs.chatqa.ingestion.server;

import com.towebs.chatqa.ingestion.access.Viewer;
import jakarta.ejb.Stateless;

import java.time.Instant;
import java.util.List;

/** What QA admins watch: the recent ingestion runs with their counts and failures, and the grading backlog. */
@Stateless
public class IngestionStatus {

    public record RunView(long id, String source, String trigger, Instant startedAt, Instant finishedAt, String outcome,
                          int received, int accepted, int updated, int unchanged, int rejected, int retries,
                          String failure) {
    }

    public record Backlog(long pending, long parked, long quarantined) {
    }

    public List<RunView> recentRuns(Viewer viewer, int limit) {
        throw new UnsupportedOperationException("in progress");
    }

    public Backlog backlog(Viewer viewer) {
        throw new UnsupportedOperationException("in progress");
    }
}
