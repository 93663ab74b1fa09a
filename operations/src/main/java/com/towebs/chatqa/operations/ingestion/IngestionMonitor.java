package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.infrastructure.persistence.Transactions;
import com.towebs.chatqa.operations.ingestion.IngestionStatus.Backlog;
import com.towebs.chatqa.operations.ingestion.IngestionStatus.RunView;
import com.towebs.chatqa.operations.model.GradingState;
import com.towebs.chatqa.operations.model.IngestionRun;
import com.towebs.chatqa.operations.model.QuarantineState;
import com.towebs.chatqa.operations.model.RunCounts;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.repository.IngestionRunRepository;
import com.towebs.chatqa.operations.repository.QuarantineRepository;
import java.util.List;
import java.util.Map;

/** The queries behind {@link IngestionStatus}, without the container (QA admins only). */
public final class IngestionMonitor {

    static final int MAX_RUNS = 500;

    private final Transactions transactions;

    public IngestionMonitor(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The latest {@code limit} runs (at most {@value #MAX_RUNS}), newest first. */
    public List<RunView> recentRuns(Viewer viewer, int limit) {
        viewer.requireRole(Role.QA_ADMIN);
        int rows = Math.max(0, Math.min(limit, MAX_RUNS));
        if (rows == 0) {
            return List.of();
        }
        return transactions.inTransaction(em -> new IngestionRunRepository(em)
                .newest(rows).stream().map(IngestionMonitor::view).toList());
    }

    /** Chats waiting for grading or parked, and records in quarantine. */
    public Backlog backlog(Viewer viewer) {
        viewer.requireRole(Role.QA_ADMIN);
        return transactions.inTransaction(em -> {
            Map<GradingState, Long> grading = new ChatRepository(em).gradingBacklog();
            long quarantined = new QuarantineRepository(em).count(QuarantineState.QUARANTINED);
            return new Backlog(grading.get(GradingState.PENDING), grading.get(GradingState.PARKED), quarantined);
        });
    }

    private static RunView view(IngestionRun run) {
        RunCounts counts = run.getCounts();
        return new RunView(
                run.getId(),
                run.getSource(),
                run.getTrigger().name(),
                run.getStartedAt(),
                run.getFinishedAt(),
                run.getOutcome().name(),
                counts.received(),
                counts.accepted(),
                counts.updated(),
                counts.unchanged(),
                counts.rejected(),
                counts.retries(),
                run.getFailure());
    }
}
