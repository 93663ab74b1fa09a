package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.TranscriptWriter;
import com.towebs.chatqa.operations.infrastructure.persistence.Transactions;
import com.towebs.chatqa.operations.ingestion.redaction.RedactedChat;
import com.towebs.chatqa.operations.ingestion.redaction.Redactor;
import com.towebs.chatqa.operations.model.IngestionRun;
import com.towebs.chatqa.operations.model.QuarantinedRecord;
import com.towebs.chatqa.operations.model.RunOutcome;
import com.towebs.chatqa.operations.model.RunTrigger;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.repository.IngestionRunRepository;
import com.towebs.chatqa.operations.repository.QuarantineRepository;
import com.towebs.chatqa.operations.repository.SourceStateRepository;
import com.towebs.chatqa.operations.store.ChatStore;
import com.towebs.chatqa.operations.store.IncomingChat;
import com.towebs.chatqa.operations.store.StoreOutcome;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings chats in: pulls a source from its watermark under a lease, or takes records pushed or dropped, and
 * for each record redacts it, stores it (new, changed or unchanged) or quarantines it with the reason. Every
 * step commits on its own with the watermark it reached, so a failure or a crash keeps what came before and
 * the next run resumes there; storing by content hash makes a repeated step harmless.
 * After each committed step, {@code afterStep} runs (the server starts grading there).
 */
public final class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class.getName());

    private final Transactions transactions;
    private final ChatStore store;
    private final Redactor redactor;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final Runnable afterStep;

    /**
     * @param node  this server's name in the cluster (who holds a lease)
     * @param lease how long a pull may go without committing a step before another node may take the source
     */
    public IngestionService(
            Transactions transactions,
            ChatStore store,
            Redactor redactor,
            Clock clock,
            String node,
            Duration lease,
            Runnable afterStep) {
        this.transactions = transactions;
        this.store = store;
        this.redactor = redactor;
        this.clock = clock;
        this.node = node;
        this.lease = lease;
        this.afterStep = afterStep;
    }

    /** Pulls what the source has after its watermark, unless another run holds the source. */
    public RunReport pull(ChatSource source, RunTrigger trigger) {
        String name = source.name();
        Optional<String> watermark = acquireLease(name);
        if (watermark == null) {
            return RunReport.busy(name);
        }
        long runId = startRun(name, trigger, watermark.orElse(null));
        RunOutcome outcome = RunOutcome.SUCCEEDED;
        String failure = null;
        try {
            source.pull(watermark.orElse(null), new PullDelivery(name, runId));
        } catch (SourceFailure e) {
            outcome = RunOutcome.FAILED;
            failure = e.getMessage();
            LOG.log(Level.WARNING, "pull of {0} failed: {1}", new Object[] {name, e.getMessage()});
        } catch (LeaseLostException e) {
            outcome = RunOutcome.FAILED;
            failure = e.getMessage();
        } catch (RuntimeException e) {
            outcome = RunOutcome.FAILED;
            failure = "unexpected " + e.getClass().getName();
            LOG.log(Level.SEVERE, "pull of " + name + " failed unexpectedly", e);
        } finally {
            releaseLease(name);
        }
        return finishRun(runId, outcome, failure, List.of());
    }

    /** Takes records pushed or dropped: one run, no watermark, an outcome per record. */
    public RunReport ingest(String source, RunTrigger trigger, List<SourceRecord> records) {
        long runId = startRun(source, trigger, null);
        List<RecordOutcome> outcomes = step(source, runId, records, null);
        return finishRun(runId, RunOutcome.SUCCEEDED, null, outcomes);
    }

    /**
     * Tries a quarantined record again, once it was fixed at the source or the product learned to read it:
     * {@code reread} reads the kept (redacted) payload as its source would. A chat is stored and the record released;
     * otherwise the record stays in quarantine with the new reason. Returns what became of it.
     */
    public RecordOutcome retryQuarantined(long id, BiFunction<String, QuarantinedRecord, SourceRecord> reread) {
        QuarantinedRecord record = transactions
                .inTransaction(em -> new QuarantineRepository(em).find(id))
                .orElseThrow(() -> new IllegalArgumentException("no quarantined record " + id));
        SourceRecord again = reread.apply(record.getSource(), record);
        if (!(again instanceof SourceRecord.Unreadable)) {
            RecordOutcome outcome = transactions.inTransaction(em -> {
                RecordOutcome stored = storeRecord(
                        em, record.getSource(), record.getRunId() == null ? 0 : record.getRunId(), again, null);
                new QuarantineRepository(em).find(id).orElseThrow().release(clock.instant());
                return stored;
            });
            afterStep.run();
            return outcome;
        }
        String reason = ((SourceRecord.Unreadable) again).reason();
        transactions.inTransaction(em -> {
            new QuarantineRepository(em).find(id).orElseThrow().stillUnreadable(reason, clock.instant());
            return null;
        });
        return RecordOutcome.rejected(record.getReference(), null, reason);
    }

    /**
     * The lease on the source, with its watermark; null when another live run holds it. The lease is taken by a
     * conditional update, which the database serialises across the nodes of a cluster.
     */
    private Optional<String> acquireLease(String source) {
        ensureSourceState(source);
        Instant now = clock.instant();
        return transactions.inTransaction(em -> {
            SourceStateRepository sources = new SourceStateRepository(em);
            if (!sources.takeLease(source, node, now, now.plus(lease))) {
                return null;
            }
            // runs left RUNNING by a node that died: its lease expired, so they are over
            new IngestionRunRepository(em).running(source).forEach(run -> run.interrupted(now));
            return sources.watermark(source);
        });
    }

    private void ensureSourceState(String source) {
        try {
            transactions.inTransaction(em -> {
                new SourceStateRepository(em).ensure(source);
                return null;
            });
        } catch (PersistenceException e) {
            // another node created it at the same moment: it exists now, which is all we need
        }
    }

    private void releaseLease(String source) {
        transactions.inTransaction(em -> {
            new SourceStateRepository(em).releaseLease(source, node);
            return null;
        });
    }

    private long startRun(String source, RunTrigger trigger, String watermark) {
        return transactions.inTransaction(em ->
                new IngestionRunRepository(em).add(new IngestionRun(source, trigger, watermark, clock.instant())));
    }

    private RunReport finishRun(long runId, RunOutcome outcome, String failure, List<RecordOutcome> outcomes) {
        IngestionRun run = transactions.inTransaction(em -> {
            IngestionRun found = new IngestionRunRepository(em).get(runId);
            found.finish(outcome, failure, clock.instant());
            return found;
        });
        return new RunReport(runId, run.getOutcome(), run.getCounts(), run.getFailure(), outcomes);
    }

    /**
     * Stores one step in one transaction. If a record breaks the transaction, the step is stored again one record
     * per transaction and the record that fails is quarantined, so one bad record never holds back the others.
     */
    private List<RecordOutcome> step(String source, long runId, List<SourceRecord> records, String watermarkAfter) {
        List<RecordOutcome> outcomes;
        try {
            outcomes = transactions.inTransaction(em -> {
                Map<ChatStore.ChatKey, StoredChat> known = store.stored(
                        em,
                        records.stream()
                                .map(IngestionService::chatOf)
                                .filter(Objects::nonNull)
                                .toList());
                List<RecordOutcome> stored = new ArrayList<>(records.size());
                for (SourceRecord record : records) {
                    stored.add(storeRecord(em, source, runId, record, known));
                }
                commitProgress(em, source, runId, stored, watermarkAfter);
                return stored;
            });
        } catch (LeaseLostException e) {
            throw e;
        } catch (RuntimeException batchFailure) {
            outcomes = new ArrayList<>(records.size());
            for (SourceRecord record : records) {
                outcomes.add(storeAlone(source, runId, record));
            }
            List<RecordOutcome> all = outcomes;
            transactions.inTransaction(em -> {
                commitProgress(em, source, runId, all, watermarkAfter);
                return null;
            });
        }
        afterStep.run();
        return outcomes;
    }

    private RecordOutcome storeAlone(String source, long runId, SourceRecord record) {
        try {
            return transactions.inTransaction(em -> storeRecord(em, source, runId, record, null));
        } catch (RuntimeException failure) {
            String reason = "could not be stored: " + failure.getClass().getSimpleName();
            return transactions.inTransaction(em -> quarantine(em, source, runId, record, reason));
        }
    }

    /** @param known the step's chats stored before ({@link ChatStore#stored}); null to look this one up alone */
    private RecordOutcome storeRecord(
            EntityManager em,
            String source,
            long runId,
            SourceRecord record,
            Map<ChatStore.ChatKey, StoredChat> known) {
        if (record instanceof SourceRecord.Unreadable unreadable) {
            return quarantine(em, source, runId, unreadable, unreadable.reason());
        }
        SourceRecord.Redacted prepared = prepare(record);
        RedactedChat redacted = prepared.redacted();
        IncomingChat incoming = new IncomingChat(
                redacted.chat(), redacted.credentialsRequested(), redacted.credentialsSupplied(), prepared.changeKey());
        StoreOutcome outcome = known == null
                ? store.store(em, incoming, clock.instant())
                : store.store(em, incoming, known, clock.instant());
        return RecordOutcome.stored(record.reference(), redacted.chat().id(), outcome);
    }

    /** A readable record redacted (once: one prepared by {@link Delivery#prepare} already is). */
    private SourceRecord.Redacted prepare(SourceRecord record) {
        if (record instanceof SourceRecord.Readable readable) {
            return new SourceRecord.Redacted(
                    readable.reference(), redactor.redact(readable.chat()), readable.changeKey());
        }
        return (SourceRecord.Redacted) record;
    }

    private RecordOutcome quarantine(EntityManager em, String source, long runId, SourceRecord record, String reason) {
        String payload = record instanceof SourceRecord.Unreadable unreadable
                ? redactor.redactText(unreadable.payload())
                : TranscriptWriter.toJsonString(prepare(record).redacted().chat());
        Chat chat = chatOf(record);
        new QuarantineRepository(em)
                .add(new QuarantinedRecord(source, runId, record.reference(), reason, payload, clock.instant()));
        return RecordOutcome.rejected(record.reference(), chat == null ? null : chat.id(), reason);
    }

    /** The record's chat (its id and source are those of the redacted one too); null for an unreadable record. */
    private static Chat chatOf(SourceRecord record) {
        if (record instanceof SourceRecord.Readable readable) {
            return readable.chat();
        }
        return record instanceof SourceRecord.Redacted prepared
                ? prepared.redacted().chat()
                : null;
    }

    private void commitProgress(
            EntityManager em, String source, long runId, List<RecordOutcome> outcomes, String watermarkAfter) {
        new IngestionRunRepository(em).get(runId).recordStep(RecordOutcome.counts(outcomes), watermarkAfter);
        if (watermarkAfter != null
                && !new SourceStateRepository(em)
                        .advance(source, node, watermarkAfter, clock.instant().plus(lease))) {
            throw new LeaseLostException(source);
        }
    }

    /** The delivery a pull hands its source. */
    private final class PullDelivery implements Delivery {
        private final String source;
        private final long runId;

        PullDelivery(String source, long runId) {
            this.source = source;
            this.runId = runId;
        }

        @Override
        public List<RecordOutcome> deliver(List<SourceRecord> records, String watermarkAfter) {
            return step(source, runId, records, watermarkAfter);
        }

        @Override
        public SourceRecord prepare(SourceRecord record) {
            return record instanceof SourceRecord.Unreadable ? record : IngestionService.this.prepare(record);
        }

        @Override
        public Map<String, String> knownChangeKeys(Collection<String> externalIds) {
            return transactions.inTransaction(em -> new ChatRepository(em).sourceChangeKeys(source, externalIds));
        }

        @Override
        public void retried(String reason) {
            LOG.log(Level.INFO, "{0}: retrying after {1}", new Object[] {source, reason});
            transactions.inTransaction(em -> {
                new IngestionRunRepository(em).get(runId).recordRetry();
                return null;
            });
        }
    }
}
