package com.towebs.chatqa.it;

import com.towebs.chatqa.fakewhmcs.FakeWhmcsServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the deployed application needs around it, prepared once per test JVM before Arquillian starts the server
 * (register this extension before ArquillianExtension): the database ({@code chatqa.it.database}: h2, the default,
 * or postgresql, a real server from the zonky binaries), an empty drop folder, the real Keycloak
 * with the product's realm and a fake WHMCS panel on a free port. The values
 * reach the server as system properties through arquillian.xml.
 */
public final class ItEnvironment implements BeforeAllCallback {

    static final String PANEL_IDENTIFIER = "chatqa-it";
    static final String PANEL_SECRET = "it-secret-" + Long.toHexString(System.nanoTime());

    private static DataSource database;
    private static FakeWhmcsServer panel;
    private static Path work;
    private static KeycloakServer keycloak;

    @Override
    public void beforeAll(ExtensionContext context) {
        prepare();
    }

    private static synchronized void prepare() {
        if (database != null) {
            return;
        }
        work = Path.of(System.getProperty("chatqa.it.work", "target/it"))
                .resolve(System.getProperty("chatqa.it.database", "h2"))
                .toAbsolutePath();
        System.setProperty("chatqa.it.work", work.toString());
        deleteRecursively(work);
        try {
            Files.createDirectories(work.resolve("inbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        panel = startPanel();
        keycloak = new KeycloakServer();
        keycloak.start(work, baseUrl());
        System.setProperty(
                "chatqa.it.extra.args",
                String.join(
                        " ",
                        "-Dchatqa.oidc.provider-url=" + KeycloakServer.REALM_URL,
                        "-Dchatqa.oidc.secret=" + keycloak.portalSecret(),
                        "-Dchatqa.whmcs.url=" + panel.baseUrl(),
                        "-Dchatqa.whmcs.identifier=" + PANEL_IDENTIFIER,
                        "-Dchatqa.whmcs.secret=" + PANEL_SECRET,
                        "-Dchatqa.whmcs.departments=1=hosting;2=dominios",
                        "-Dchatqa.whmcs.timeout=PT2S",
                        "-Dchatqa.whmcs.retry.wait=PT0.05S",
                        // small pages and steps make the tests cross page and step boundaries; the bench sets real
                        // sizes
                        "-Dchatqa.whmcs.page-size=" + System.getProperty("chatqa.it.whmcs.page-size", "4"),
                        "-Dchatqa.whmcs.step=" + System.getProperty("chatqa.it.whmcs.step", "3"),
                        // the tests wait for the warehouse after each change; the bench keeps the product's pause
                        "-Dchatqa.warehouse.pause=" + System.getProperty("chatqa.it.warehouse.pause", "PT1S")));
        database = "postgresql".equals(System.getProperty("chatqa.it.database")) ? startPostgres() : h2();
    }

    private static FakeWhmcsServer startPanel() {
        try {
            FakeWhmcsServer server = FakeWhmcsServer.start(0, PANEL_IDENTIFIER, PANEL_SECRET);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake WHMCS panel", e);
        }
    }

    /** The fake WHMCS panel the server pulls from. */
    public static FakeWhmcsServer panel() {
        prepare();
        return panel;
    }

    private static DataSource h2() {
        String url = "jdbc:h2:file:" + work.resolve("h2/chatqa")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        setDatabase("h2", url, "sa", "sa");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("sa");
        return dataSource;
    }

    private static DataSource startPostgres() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(work.resolve("pgdata"))
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // exiting anyway
                }
            }));
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE chatqa");
            }
            setDatabase("postgresql", server.getJdbcUrl("postgres", "chatqa"), "postgres", "postgres");
            return server.getDatabase("postgres", "chatqa");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database", e);
        }
    }

    private static void setDatabase(String driver, String url, String user, String password) {
        System.setProperty("chatqa.it.db.driver", driver);
        System.setProperty("chatqa.it.db.url", url);
        System.setProperty("chatqa.it.db.user", user);
        System.setProperty("chatqa.it.db.password", password);
    }

    /** The application's database, for checking what it stored. */
    public static DataSource database() {
        prepare();
        return database;
    }

    public static Path dropFolder() {
        prepare();
        return work.resolve("inbox");
    }

    /** The Keycloak the server signs users in with. */
    static KeycloakServer keycloak() {
        prepare();
        return keycloak;
    }

    /** A bearer token of the push client (realm role ingest), as the panel's push and scripts use. */
    public static String apiToken() {
        prepare();
        return keycloak.serviceToken();
    }

    /** A bearer token of a demo user of the realm. */
    public static String userToken(String username) {
        prepare();
        return keycloak.userToken(username);
    }

    /** The application's base URL (port offset 100). */
    public static String baseUrl() {
        return "http://localhost:8180/chatqa";
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
