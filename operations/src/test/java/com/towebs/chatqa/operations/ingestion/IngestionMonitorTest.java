package com.towebs.chatqa.operations.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.operations.TestChats;
import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.ingestion.IngestionStatus.Backlog;
import com.towebs.chatqa.operations.ingestion.IngestionStatus.RunView;
import com.towebs.chatqa.operations.model.IngestionRun;
import com.towebs.chatqa.operations.model.QuarantinedRecord;
import com.towebs.chatqa.operations.model.RunCounts;
import com.towebs.chatqa.operations.model.RunOutcome;
import com.towebs.chatqa.operations.model.RunTrigger;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.store.ChatStore;
import com.towebs.chatqa.operations.store.IncomingChat;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IngestionMonitorTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Viewer ADMIN = new Viewer("ana", "Ana", Set.of(Role.QA_ADMIN), Optional.empty(), Set.of());
    private static final Viewer HR = new Viewer("hugo", "Hugo", Set.of(Role.HR), Optional.empty(), Set.of());

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recentRunsNewestFirstAndTheBacklog(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            ChatStore store = new ChatStore();
            tx.inTransaction(em -> {
                for (int i = 0; i < 3; i++) {
                    IngestionRun run = new IngestionRun("whmcs", RunTrigger.TIMER, null, T0.plusSeconds(60L * i));
                    run.recordStep(new RunCounts(5, 3, 1, 1, i, 0), "w" + i);
                    run.finish(
                            i == 2 ? RunOutcome.FAILED : RunOutcome.SUCCEEDED,
                            i == 2 ? "timeout" : null,
                            T0.plusSeconds(60L * i + 30));
                    em.persist(run);
                }
                em.persist(new QuarantinedRecord("whmcs", null, "ticket 7", "unreadable", "{}", T0));
                QuarantinedRecord discarded = new QuarantinedRecord("whmcs", null, "ticket 8", "unreadable", "{}", T0);
                discarded.discard();
                em.persist(discarded);
                for (String id : List.of("a", "b", "c")) {
                    store.store(
                            em, new IncomingChat(TestChats.mailChat(id, ChatStatus.CLOSED, 8), false, false, null), T0);
                }
                return null;
            });
            tx.inTransaction(em -> {
                StoredChat parked =
                        new ChatRepository(em).findByKey("test", "c").orElseThrow();
                parked.recordGradingFailure("boom", 1);
                return null;
            });

            MonitorAsserts.runs(new IngestionMonitor(tx).recentRuns(ADMIN, 2));
            assertThat(new IngestionMonitor(tx).backlog(ADMIN)).isEqualTo(new Backlog(2, 1, 1));
            assertThat(new IngestionMonitor(tx).recentRuns(ADMIN, 0)).isEmpty();

            assertThatThrownBy(() -> new IngestionMonitor(tx).recentRuns(HR, 10))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> new IngestionMonitor(tx).backlog(HR)).isInstanceOf(AccessDenied.class);
        }
    }

    private static final class MonitorAsserts {
        static void runs(List<RunView> runs) {
            assertThat(runs).extracting(RunView::startedAt).containsExactly(T0.plusSeconds(120), T0.plusSeconds(60));
            RunView failed = runs.get(0);
            assertThat(failed.outcome()).isEqualTo("FAILED");
            assertThat(failed.failure()).isEqualTo("timeout");
            assertThat(failed.trigger()).isEqualTo("TIMER");
            assertThat(failed.received()).isEqualTo(5);
            assertThat(failed.rejected()).isEqualTo(2);
            assertThat(failed.finishedAt()).isEqualTo(T0.plusSeconds(150));
        }
    }
}
