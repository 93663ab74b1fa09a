package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.infrastructure.persistence.JtaTransactions;
import com.towebs.chatqa.operations.model.QuarantineState;
import com.towebs.chatqa.operations.model.QuarantinedRecord;
import com.towebs.chatqa.operations.repository.QuarantineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Quarantined records for the people who look after ingestion: list them, retry one, discard one. */
@ApplicationScoped
public class Quarantine {

    @Inject
    JtaTransactions transactions;

    @Inject
    IngestionService ingestion;

    @Inject
    ChatSources sources;

    /** What a person sees of a quarantined record (the payload is already redacted). */
    public record Entry(
            long id,
            String source,
            Long runId,
            String reference,
            String reason,
            String state,
            int attempts,
            Instant receivedAt,
            String payload) {}

    /** QA admins only, like everything here. */
    public List<Entry> list(Viewer viewer, QuarantineState state, int limit) {
        viewer.requireRole(Role.QA_ADMIN);
        return transactions.inTransaction(em -> new QuarantineRepository(em)
                .inState(state, limit).stream()
                        .map(q -> new Entry(
                                q.getId(),
                                q.getSource(),
                                q.getRunId(),
                                q.getReference(),
                                q.getReason(),
                                q.getState().name(),
                                q.getAttempts(),
                                q.getReceivedAt(),
                                q.getPayload()))
                        .toList());
    }

    /** Reads the record again the way its source reads (WHMCS: the kept GetTicket answer; others: transcript v1). */
    public RecordOutcome retry(Viewer viewer, long id) {
        viewer.requireRole(Role.QA_ADMIN);
        return ingestion.retryQuarantined(
                id,
                (source, record) -> sources.all().stream()
                        .filter(pull -> pull.name().equals(source))
                        .findFirst()
                        .map(pull -> pull.reread(record.getReference(), record.getPayload()))
                        // pushed and dropped records are transcript v1
                        .orElseGet(() -> TranscriptRecords.reread(record.getReference(), record.getPayload())));
    }

    public boolean discard(Viewer viewer, long id) {
        viewer.requireRole(Role.QA_ADMIN);
        return transactions.inTransaction(em -> {
            Optional<QuarantinedRecord> record = new QuarantineRepository(em).find(id);
            record.ifPresent(QuarantinedRecord::discard);
            return record.isPresent();
        });
    }
}
