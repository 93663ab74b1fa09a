package com.towebs.chatqa.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real Keycloak the identity module unpacks, started once per test JVM with the product's realm (imported from
 * identity/src/main/realm, fresh database under the work folder, random client secrets) on loopback port 8190.
 * Hands out tokens the way scripts get them: the push client's service account, or a demo user through the
 * {@code chatqa-cli} client's password grant.
 */
final class KeycloakServer {

    static final int PORT = 8190;
    static final String URL = "http://localhost:" + PORT;
    static final String REALM_URL = URL + "/realms/chatqa";
    /** Every demo user's password (README, "Demo accounts"). */
    static final String DEMO_PASSWORD = "chatqa-demo";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Tokens live five minutes in the realm; one is reused while it has a minute left. */
    private static final Duration REUSE = Duration.ofMinutes(4);

    private final String portalSecret = randomSecret();
    private final String ingestSecret = randomSecret();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private Process process;

    private record Token(String value, Instant fetched) {}

    /** Starts Keycloak and waits until the realm answers (the first start on a machine also prepares the server). */
    void start(Path work, String portalUrl) {
        Path home = distribution();
        Path log = work.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + PORT,
                        "--hostname=" + URL,
                        "--import-realm",
                        "--db=dev-file",
                        "--db-url=jdbc:h2:file:" + work.resolve("keycloak/keycloakdb")
                                + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of(
                        "CHATQA_PORTAL_URL",
                        portalUrl,
                        "CHATQA_OIDC_SECRET",
                        portalSecret,
                        "CHATQA_INGEST_SECRET",
                        ingestSecret,
                        "KC_BOOTSTRAP_ADMIN_USERNAME",
                        "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD",
                        randomSecret()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (!ready()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Keycloak did not start; see " + log);
            }
            sleep();
        }
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** The secret of the portal's OIDC client, for the server's configuration. */
    String portalSecret() {
        return portalSecret;
    }

    /** A bearer token of the push client's service account (realm role {@code ingest}). */
    String serviceToken() {
        return tokens.compute(
                        "service-account",
                        (key, token) -> fresh(token)
                                ? token
                                : new Token(
                                        requestToken(Map.of(
                                                "grant_type",
                                                "client_credentials",
                                                "client_id",
                                                "chatqa-ingest",
                                                "client_secret",
                                                ingestSecret)),
                                        Instant.now()))
                .value();
    }

    /** A bearer token of a demo user, as a script gets it. */
    String userToken(String username) {
        return tokens.compute(
                        username,
                        (key, token) -> fresh(token)
                                ? token
                                : new Token(
                                        requestToken(Map.of(
                                                "grant_type",
                                                "password",
                                                "client_id",
                                                "chatqa-cli",
                                                "username",
                                                username,
                                                "password",
                                                DEMO_PASSWORD)),
                                        Instant.now()))
                .value();
    }

    private static boolean fresh(Token token) {
        return token != null && token.fetched().plus(REUSE).isAfter(Instant.now());
    }

    private static String requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !json.hasNonNull("access_token")) {
                throw new IllegalStateException(
                        "no token from Keycloak: " + response.statusCode() + " " + response.body());
            }
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean ready() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** identity/target/keycloak-&lt;version&gt;, unpacked by the identity module's build. */
    private static Path distribution() {
        Path target = Path.of(System.getProperty("chatqa.it.identity", "../identity/target"))
                .toAbsolutePath();
        try (Stream<Path> found = Files.list(target)) {
            return found.filter(path -> path.getFileName().toString().startsWith("keycloak-")
                            && Files.isExecutable(path.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no Keycloak under " + target + ": build the identity module first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
