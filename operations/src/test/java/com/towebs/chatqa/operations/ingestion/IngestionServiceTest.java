package com.towebs.chatqa.operations.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.operations.TestChats;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.ingestion.redaction.Redactor;
import com.towebs.chatqa.operations.model.IngestionRun;
import com.towebs.chatqa.operations.model.QuarantinedRecord;
import com.towebs.chatqa.operations.model.RunCounts;
import com.towebs.chatqa.operations.model.RunOutcome;
import com.towebs.chatqa.operations.model.RunTrigger;
import com.towebs.chatqa.operations.model.SourceState;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.store.ChatStore;
import com.towebs.chatqa.operations.store.StoreOutcome;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IngestionServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);

    /** A source of numbered chats whose watermark is the number of the last chat; it can fail at a given chat. */
    private static final class NumberedSource implements ChatSource {
        private final int total;
        private final int failAt;
        final List<String> pulledFrom = new ArrayList<>();

        NumberedSource(int total, int failAt) {
            this.total = total;
            this.failAt = failAt;
        }

        @Override
        public String name() {
            return "numbered";
        }

        @Override
        public void pull(String watermark, Delivery delivery) throws SourceFailure {
            pulledFrom.add(watermark);
            int after = watermark == null ? 0 : Integer.parseInt(watermark);
            for (int n = after + 1; n <= total; n++) {
                if (n == failAt) {
                    throw new SourceFailure("panel answered 503 for chat " + n + " after 3 attempts");
                }
                Chat chat = TestChats.mailChat("n-" + n, ChatStatus.CLOSED, 6);
                delivery.deliver(List.of(new SourceRecord.Readable("chat " + n, chat, "v1")), Integer.toString(n));
            }
        }
    }

    private static IngestionService service(ResourceLocalTransactions tx, String node, AtomicInteger steps) {
        return new IngestionService(
                tx, new ChatStore(), new Redactor(), CLOCK, node, Duration.ofMinutes(2), steps::incrementAndGet);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedPullKeepsWhatItStoredAndTheNextResumesFromItsWatermarkWithoutDuplicates(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            AtomicInteger steps = new AtomicInteger();
            IngestionService ingestion = service(tx, "node-a", steps);

            RunReport failed = ingestion.pull(new NumberedSource(5, 4), RunTrigger.TIMER);
            assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
            assertThat(failed.failure()).contains("503");
            assertThat(failed.counts().accepted()).isEqualTo(3);

            NumberedSource recovered = new NumberedSource(5, 0);
            RunReport resumed = ingestion.pull(recovered, RunTrigger.TIMER);
            assertThat(recovered.pulledFrom).containsExactly("3");
            assertThat(resumed.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
            assertThat(resumed.counts()).isEqualTo(new RunCounts(2, 2, 0, 0, 0, 0));

            RunReport again = ingestion.pull(new NumberedSource(5, 0), RunTrigger.MANUAL);
            assertThat(again.counts().received()).isZero();
            tx.inTransaction(em -> {
                assertThat(em.createQuery("select count(c) from StoredChat c", Long.class)
                                .getSingleResult())
                        .isEqualTo(5);
                assertThat(em.find(SourceState.class, "numbered").getWatermark())
                        .isEqualTo("5");
                assertThat(em.find(SourceState.class, "numbered").getLeaseOwner())
                        .isNull();
                List<IngestionRun> runs = em.createQuery(
                                "select r from IngestionRun r order by r.id", IngestionRun.class)
                        .getResultList();
                assertThat(runs).extracting(IngestionRun::getWatermarkTo).containsExactly("3", "5", "5");
                return null;
            });
            assertThat(steps.get()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSourceHeldByALiveRunIsNotPulledAgainButAnExpiredLeaseIsTakenOver(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            IngestionService nodeA = service(tx, "node-a", new AtomicInteger());
            IngestionService nodeB = service(tx, "node-b", new AtomicInteger());
            List<RunReport> fromB = new ArrayList<>();

            // while node A is pulling, node B asks for the same source
            nodeA.pull(
                    new ChatSource() {
                        @Override
                        public String name() {
                            return "numbered";
                        }

                        @Override
                        public void pull(String watermark, Delivery delivery) {
                            fromB.add(nodeB.pull(new NumberedSource(1, 0), RunTrigger.TIMER));
                        }
                    },
                    RunTrigger.TIMER);

            assertThat(fromB)
                    .singleElement()
                    .satisfies(report -> assertThat(report.ran()).isFalse());

            // node A dies holding the lease: its run stays RUNNING until the lease expires
            tx.inTransaction(
                    em -> em.createQuery("update SourceState s set s.leaseOwner = 'node-a', s.leaseUntil = :past")
                            .setParameter("past", CLOCK.instant().minusSeconds(1))
                            .executeUpdate());
            tx.inTransaction(em -> {
                em.persist(new IngestionRun(
                        "numbered", RunTrigger.TIMER, null, CLOCK.instant().minusSeconds(600)));
                return null;
            });
            RunReport takenOver = nodeB.pull(new NumberedSource(2, 0), RunTrigger.TIMER);
            assertThat(takenOver.ran()).isTrue();
            assertThat(takenOver.counts().accepted()).isEqualTo(2);
            tx.inTransaction(em -> {
                assertThat(em.createQuery(
                                        "select r.failure from IngestionRun r where r.outcome = :failed", String.class)
                                .setParameter("failed", RunOutcome.FAILED)
                                .getResultList())
                        .singleElement()
                        .asString()
                        .contains("interrupted");
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unreadableRecordsAreQuarantinedRedactedAndTheRestStored(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            IngestionService ingestion = service(tx, "node-a", new AtomicInteger());
            String broken = "{\"id\":\"x\",\"messages\":[{\"text\":\"mi clave es Quilmes-1887\"}]}";

            RunReport report = ingestion.ingest(
                    "push",
                    RunTrigger.PUSH,
                    List.of(
                            new SourceRecord.Readable("r1", TestChats.mailChat("p-1", ChatStatus.OPEN, 3), null),
                            new SourceRecord.Unreadable("request record 2", "agent is required", broken)));

            assertThat(report.outcomes())
                    .extracting(RecordOutcome::outcome)
                    .containsExactly(StoreOutcome.ACCEPTED, null);
            assertThat(report.outcomes().get(1).reason()).isEqualTo("agent is required");
            tx.inTransaction(em -> {
                QuarantinedRecord quarantined = em.createQuery(
                                "select q from QuarantinedRecord q", QuarantinedRecord.class)
                        .getSingleResult();
                assertThat(quarantined.getReference()).isEqualTo("request record 2");
                assertThat(quarantined.getPayload()).contains("mi clave es").doesNotContain("Quilmes-1887");
                assertThat(quarantined.getRunId()).isEqualTo(report.runId());
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aQuarantinedRecordRetriedIsStoredAndReleasedOrKeptWithTheNewReason(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            IngestionService ingestion = service(tx, "node-a", new AtomicInteger());
            ingestion.ingest(
                    "push",
                    RunTrigger.PUSH,
                    List.of(new SourceRecord.Unreadable(
                            "request record 1", "agent is required", "{\"id\":\"q-1\",\"messages\":[]}")));
            long id = tx.inTransaction(em -> em.createQuery("select q.id from QuarantinedRecord q", Long.class)
                    .getSingleResult());

            RecordOutcome stillBad = ingestion.retryQuarantined(
                    id,
                    (source, record) -> new SourceRecord.Unreadable(
                            record.getReference(), "agent is still missing", record.getPayload()));
            assertThat(stillBad.isRejected()).isTrue();
            RecordOutcome fixed = ingestion.retryQuarantined(
                    id,
                    (source, record) -> new SourceRecord.Readable(
                            record.getReference(), TestChats.mailChat("q-1", ChatStatus.OPEN, 3), null));

            assertThat(fixed.outcome()).isEqualTo(StoreOutcome.ACCEPTED);
            tx.inTransaction(em -> {
                QuarantinedRecord record = em.find(QuarantinedRecord.class, id);
                assertThat(record.getState()).isEqualTo(com.towebs.chatqa.operations.model.QuarantineState.RELEASED);
                assertThat(record.getAttempts()).isEqualTo(3);
                assertThat(record.getReason()).isEqualTo("agent is still missing");
                assertThat(new ChatRepository(em).findByKey("test", "q-1")).isPresent();
                return null;
            });
        }
    }
}
