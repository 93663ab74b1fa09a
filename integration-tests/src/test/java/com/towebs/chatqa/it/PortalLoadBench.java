package com.towebs.chatqa.it;

import com.towebs.chatqa.tools.demo.DemoData;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the portal load bench (README, "Benchmarks"). Loads the demo chats through the drop folder, signs in
 * 50 users through Keycloak (10 managers, 40 agents) and has each browse for two minutes, a second between pages
 * ({@code -Dchatqa.bench.think=PT0S}: no pause at all): managers their dashboard and their teams' chats, agents
 * their evaluations and their own chats. Prints p50/p95/p99
 * latency per page and the errors. Run with {@code ./mvnw -B -Pbench-portal -pl integration-tests -am verify}.
 */
@ExtendWith({ItEnvironment.class, ArquillianExtension.class})
class PortalLoadBench {

    private static final int USERS = Integer.getInteger("chatqa.bench.users", 50);
    private static final Duration RUN = Duration.parse(System.getProperty("chatqa.bench.duration", "PT2M"));
    /** A person reads a page before the next click; PT0S makes every user a tight loop (a stress figure). */
    private static final Duration THINK = Duration.parse(System.getProperty("chatqa.bench.think", "PT1S"));

    private static final List<String> MANAGERS = List.of("valeria.paz", "jorge.castro");
    private static final List<String> AGENTS = List.of(
            "florencia.rios",
            "diego.acosta",
            "matias.quiroga",
            "agustina.luna",
            "ramiro.sosa",
            "carla.mendez",
            "sofia.benitez");
    private static final Map<String, List<String>> MANAGED_TEAMS =
            Map.of("valeria.paz", List.of("hosting", "correo"), "jorge.castro", List.of("dominios"));

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

    @Test
    void fiftyUsersBrowseForTwoMinutes() throws Exception {
        for (Path file : DemoData.generate(
                        2, 150, DemoData.DEFAULT_SEED, LocalDate.now().minusDays(1))
                .writeTo(ItEnvironment.dropFolder())) {
            // the drop folder takes files that have settled
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        }
        Application.post("/api/v1/ingestion/runs", "");
        Application.await(
                "the demo chats graded",
                Duration.ofMinutes(5),
                () -> Application.count("select count(*) from chat where grading_state <> 'GRADED'") == 0);
        Map<String, List<Long>> chatsByAgent = chats("agent_id");
        Map<String, List<Long>> chatsByTeam = chats("team_id");

        List<Runnable> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            boolean manager = i % 5 == 0;
            String username = manager ? MANAGERS.get(i / 5 % MANAGERS.size()) : AGENTS.get(i % AGENTS.size());
            PortalSession session = PortalSession.signIn(username);
            List<Long> chats = manager
                    ? MANAGED_TEAMS.get(username).stream()
                            .flatMap(team -> chatsByTeam.getOrDefault(team, List.of()).stream())
                            .toList()
                    : chatsByAgent.getOrDefault(username, List.of());
            users.add(() -> browse(session, manager, chats));
        }
        System.out.printf("%d users signed in; browsing for %s, %s between pages%n", USERS, RUN, THINK);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        long started = System.nanoTime();
        users.forEach(pool::execute);
        pool.shutdown();
        pool.awaitTermination(RUN.toMinutes() + 2, TimeUnit.MINUTES);
        report(Duration.ofNanos(System.nanoTime() - started));
    }

    private void browse(PortalSession session, boolean manager, List<Long> chats) {
        long end = System.nanoTime() + RUN.toNanos();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            if (random.nextInt(3) == 0 || chats.isEmpty()) {
                timed(
                        manager ? "dashboard" : "evaluations",
                        session,
                        manager ? "/app/manager/dashboard.xhtml" : "/app/agent/evaluations.xhtml");
            } else {
                timed("chat", session, "/app/chat.xhtml?id=" + chats.get(random.nextInt(chats.size())));
            }
            think();
        }
    }

    private static void think() {
        try {
            Thread.sleep(THINK.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void timed(String page, PortalSession session, String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = session.get(path);
            if (response.statusCode() != 200 || !response.uri().toString().startsWith(ItEnvironment.baseUrl())) {
                errors.computeIfAbsent(page + " " + response.statusCode(), key -> new AtomicInteger())
                        .incrementAndGet();
            }
        } catch (RuntimeException e) {
            errors.computeIfAbsent(page + " " + e.getClass().getSimpleName(), key -> new AtomicInteger())
                    .incrementAndGet();
        }
        latencies
                .computeIfAbsent(page, key -> Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - start) / 1_000);
    }

    private void report(Duration elapsed) {
        List<Long> all = new ArrayList<>();
        System.out.printf("%n%-12s %8s %9s %9s %9s %9s%n", "page", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms");
        latencies.forEach((page, times) -> {
            all.addAll(times);
            print(page, times);
        });
        print("all", all);
        System.out.printf(
                "%d requests in %d s (%.0f/s); errors: %s%n",
                all.size(),
                elapsed.toSeconds(),
                all.size() / (elapsed.toMillis() / 1000.0),
                errors.isEmpty() ? "none" : errors);
    }

    private static void print(String page, List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf(
                "%-12s %8d %9.1f %9.1f %9.1f %9.1f%n",
                page,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private static Map<String, List<Long>> chats(String column) {
        return Application.query("select " + column + " || ' ' || id from chat").stream()
                .map(row -> row.split(" "))
                .collect(Collectors.groupingBy(
                        row -> row[0], Collectors.mapping(row -> Long.parseLong(row[1]), Collectors.toList())));
    }
}
