package com.towebs.chatqa.operations.infrastructure.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases the product supports, for tests that run persistence outside the server: embedded H2 as
 * the server configures it, and a real PostgreSQL server started from the zonky binaries (one per test JVM).
 * Each call to {@link #freshDatabase()} gives an empty database, so tests do not see each other's rows.
 */
public enum TestDatabase {
    H2 {
        @Override
        public DataSource freshDatabase() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:chatqa" + COUNTER.incrementAndGet()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            dataSource.setPassword("sa");
            return dataSource;
        }
    },
    POSTGRESQL {
        @Override
        public DataSource freshDatabase() {
            String name = "chatqa" + COUNTER.incrementAndGet();
            EmbeddedPostgres server = PostgresServer.INSTANCE;
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database " + name, e);
            }
            return server.getDatabase("postgres", name);
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public abstract DataSource freshDatabase();

    /** A persistence unit like the server's, on a fresh database, with resource-local transactions. */
    public EntityManagerFactory freshPersistenceUnit() {
        return persistenceUnit(freshDatabase());
    }

    public static EntityManagerFactory persistenceUnit(DataSource dataSource) {
        return Persistence.createEntityManagerFactory(
                "chatqa",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", dataSource,
                        "jakarta.persistence.nonJtaDataSource", dataSource));
    }

    /** Started on first use and stopped when the test JVM exits. */
    private static final class PostgresServer {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is exiting: nothing left to do
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }
}
