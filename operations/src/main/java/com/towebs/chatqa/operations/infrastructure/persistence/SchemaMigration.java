package com.towebs.chatqa.operations.infrastructure.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration} while Hibernate builds its
 * session factory, before it validates the mapping against the schema. Running here rather than from a startup
 * bean means the same path migrates the server's datasource and the tests' databases, and Hibernate never sees
 * an old schema. Registered through META-INF/services.
 */
public final class SchemaMigration implements Integrator {

    static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        migrate(dataSource);
    }

    /** Applies the pending migrations; returns how many were applied. */
    public static int migrate(DataSource dataSource) {
        int applied = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate()
                .migrationsExecuted;
        LOG.info(() -> "schema migrations applied: " + applied);
        return applied;
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo
    }
}
