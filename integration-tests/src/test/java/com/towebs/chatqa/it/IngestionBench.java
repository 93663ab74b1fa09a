package com.towebs.chatqa.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.fakewhmcs.GeneratedTickets;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the ingestion benchmark (README, "Benchmarks"). Fills the fake panel with generated tickets, has the
 * provisioned server pull them once (after a warm-up pull) and waits until every chat is graded and then loaded into
 * the warehouse; prints the rates and times. Run with
 * {@code ./mvnw -B -Pbench-ingest -pl integration-tests -am verify} (H2, then PostgreSQL).
 */
@ExtendWith({ItEnvironment.class, ArquillianExtension.class})
class IngestionBench {

    @Test
    void ingestAndGradeFromThePanel() {
        // a server that has run for a while: a first pull of older tickets (September) compiles the hot code, so the
        // figures are those of the steady state rather than of the JIT compiler warming up
        int warmUp = Integer.getInteger("chatqa.bench.warm-up", 5_000);
        if (warmUp > 0) {
            GeneratedTickets.addTo(ItEnvironment.panel(), warmUp, 20260901L, YearMonth.of(2026, 9));
            assertThat(Application.post("/api/v1/ingestion/runs", "").body()).contains("\"accepted\":" + warmUp);
            awaitGraded(warmUp);
        }
        int tickets = Integer.getInteger("chatqa.bench.tickets", 20_000);
        GeneratedTickets.addTo(ItEnvironment.panel(), tickets, 20261103L, YearMonth.of(2026, 10));

        long start = System.nanoTime();
        HttpResponse<String> run = Application.post("/api/v1/ingestion/runs", "");
        double pulled = (System.nanoTime() - start) / 1e9;
        assertThat(run.body()).contains("\"accepted\":" + tickets);
        awaitGraded(warmUp + tickets);
        double graded = (System.nanoTime() - start) / 1e9;
        Application.await(
                "every chat in the warehouse",
                Duration.ofMinutes(20),
                () -> Application.count("select count(*) from fact_chat_evaluation") >= warmUp + tickets);
        double reported = (System.nanoTime() - start) / 1e9;

        String database = System.getProperty("chatqa.it.database", "h2");
        System.out.printf(
                Locale.ROOT,
                "%n[bench] %s: %d chats pulled, redacted and stored in %.1f s (%.0f chats/s);"
                        + " all graded after %.1f s (%.0f chats/s end to end); all in the warehouse after %.1f s%n%n",
                database,
                tickets,
                pulled,
                tickets / pulled,
                graded,
                tickets / graded,
                reported);
    }

    /** Waits until nothing is pending (an index look-up: the polling itself must not load the database), then checks. */
    private static void awaitGraded(int chats) {
        Application.await(
                "every chat graded",
                Duration.ofMinutes(20),
                () -> Application.count("select count(*) from chat where grading_state = 'PENDING'") == 0);
        assertThat(Application.count("select count(*) from chat where source = 'whmcs' and grading_state = 'GRADED'"))
                .isEqualTo(chats);
    }
}
