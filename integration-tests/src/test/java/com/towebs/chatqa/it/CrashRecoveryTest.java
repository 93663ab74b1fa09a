package com.towebs.chatqa.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.fakewhmcs.FakeWhmcsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provisioned server killed (SIGKILL, no shutdown) in the middle of a pull from the panel, then started again:
 * nothing is lost, nothing is stored or graded twice, and the dead run is recorded as interrupted. Runs in its own
 * JVM (surefire execution {@code crash-recovery}), because it starts and kills WildFly itself instead of letting
 * Arquillian manage it.
 */
@ExtendWith(ItEnvironment.class)
class CrashRecoveryTest {

    private static final int TICKETS = 400;
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 10, 6, 9, 0, 0);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process server;

    @Test
    void aServerKilledMidPullLosesNothingAndDuplicatesNothingWhenItComesBack() throws Exception {
        FakeWhmcsServer panel = ItEnvironment.panel();
        for (int n = 0; n < TICKETS; n++) {
            LocalDateTime at = MORNING.plusMinutes(n);
            panel.openTicket(
                            1 + n % 2,
                            n % 2 == 0 ? "Hosting" : "Dominios",
                            "consulta " + n,
                            "Cliente " + n,
                            at,
                            "hola, no me anda el correo")
                    .staffReply(at.plusSeconds(30), "Lucía Gómez", "Hola, soy Lucía de ToWebs. ¿Qué error te aparece?");
        }
        // a slow panel, so the pull is still running when the server dies
        panel.delayNext(10 * TICKETS, Duration.ofMillis(25));
        server = startServer();

        CompletableFuture<HttpResponse<String>> pull =
                CompletableFuture.supplyAsync(() -> Application.post("/api/v1/ingestion/runs", ""));
        Application.await("part of the panel stored", Duration.ofSeconds(120), () -> whmcsChats() >= TICKETS / 5);
        kill(server);
        long storedBeforeTheCrash = whmcsChats();
        assertThat(storedBeforeTheCrash).as("the kill came mid-run").isLessThan(TICKETS);
        System.out.printf("[crash] killed the server with %d of %d tickets stored%n", storedBeforeTheCrash, TICKETS);
        pull.exceptionally(failure -> null).join();

        panel.delayNext(0, Duration.ZERO);
        server = startServer();
        // the dead run's lease expires (chatqa.pull.lease = 3 s here); then the next run takes the source over
        Application.await(
                "a run after the restart",
                Duration.ofSeconds(60),
                () -> !Application.post("/api/v1/ingestion/runs", "").body().contains("BUSY"));
        Application.await(
                "every ticket stored and graded",
                Duration.ofSeconds(180),
                () -> Application.count("select count(*) from chat where source = 'whmcs' and grading_state = 'GRADED'")
                        == TICKETS);

        assertThat(whmcsChats()).isEqualTo(TICKETS);
        assertThat(Application.count("select count(distinct external_id) from chat where source = 'whmcs'"))
                .isEqualTo(TICKETS);
        assertThat(Application.count("select count(*) from evaluation e join chat c on c.id = e.chat_id"
                        + " where c.source = 'whmcs'"))
                .as("each chat graded once")
                .isEqualTo(TICKETS);
        assertThat(Application.query("select outcome || ' ' || coalesce(failure, '') from ingestion_run"
                                + " where source = 'whmcs' order by id")
                        .get(0))
                .startsWith("FAILED interrupted");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            kill(server);
        }
    }

    private static long whmcsChats() {
        return Application.count("select count(*) from chat where source = 'whmcs'");
    }

    /** The provisioned server with the same settings the Arquillian tests give it (arquillian.xml). */
    private static Process startServer() {
        Path work = Path.of(System.getProperty("chatqa.it.work"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("jboss.home"), "bin", "standalone.sh")
                        .toString(),
                "-Djboss.socket.binding.port-offset=100",
                "-Djboss.server.data.dir=" + work.resolve("server/data"),
                "-Djboss.server.log.dir=" + work.resolve("server/log"),
                "-Djboss.server.temp.dir=" + work.resolve("server/tmp"),
                "-Dchatqa.db.driver=" + System.getProperty("chatqa.it.db.driver"),
                "-Dchatqa.db.url=" + System.getProperty("chatqa.it.db.url"),
                "-Dchatqa.db.user=" + System.getProperty("chatqa.it.db.user"),
                "-Dchatqa.db.password=" + System.getProperty("chatqa.it.db.password"),
                "-Dchatqa.dropfolder=" + work.resolve("inbox"),
                "-Dchatqa.pull.period=PT1H",
                "-Dchatqa.pull.delay=PT1H",
                "-Dchatqa.pull.lease=PT3S"));
        command.addAll(Arrays.asList(System.getProperty("chatqa.it.extra.args").split(" ")));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            work.resolve("crash-server.out").toFile()))
                    .start();
            Application.await("the server up", Duration.ofSeconds(120), () -> healthy() || !process.isAlive());
            assertThat(process.isAlive()).as("the server started").isTrue();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean healthy() {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + "/api/v1/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL to the launcher script and the JVM it started: no shutdown hooks, no clean stop. */
    private static void kill(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        children.forEach(child -> child.onExit().join());
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
