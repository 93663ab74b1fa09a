package com.towebs.chatqa.it;

import com.towebs.chatqa.fakewhmcs.GeneratedTickets;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the ingestion benchmark (README, "Benchmarks"). Fills the fake panel with generated tickets, has the
 * provisioned server pull them once and waits until every chat is graded; prints both rates. Run with
 * {@code ./mvnw -B -Pbench-ingest -pl integration-tests -am verify} (H2, then PostgreSQL).
 */
@ExtendWith({ItEnvironment.class, ArquillianExtension.class})
class IngestionBench {

    @Test
    void ingestAndGradeFromThePanel() {
        int tickets = Integer.getInteger("chatqa.bench.tickets", 20_000);
        GeneratedTickets.addTo(ItEnvironment.panel(), tickets, 20261103L);

        long start = System.nanoTime();
        HttpResponse<String> run = Application.post("/api/v1/ingestion/runs", "");
        double pulled = (System.nanoTime() - start) / 1e9;
        assertThat(run.body()).contains("\"accepted\":" + tickets);
        Application.await("every chat graded", Duration.ofMinutes(20), () -> Application.count(
                "select count(*) from chat where source = 'whmcs' and grading_state = 'GRADED'") == tickets);
        double graded = (System.nanoTime() - start) / 1e9;

        String database = System.getProperty("chatqa.it.database", "h2");
        System.out.printf(Locale.ROOT, "%n[bench] %s: %d chats pulled, redacted and stored in %.1f s (%.0f chats/s);"
                        + " all graded after %.1f s (%.0f chats/s end to end)%n%n",
                database, tickets, pulled, tickets / pulled, graded, tickets / graded);
    }
}
