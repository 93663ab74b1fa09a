package com.towebs.chatqa.reporting.warehouse;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The warehouse's own versioned migrations ({@code db/warehouse}), with their own history table, so they never
 * interleave with the operational schema's.
 */
public final class WarehouseSchema {

    private WarehouseSchema() {}

    /** Applies pending warehouse migrations; returns how many ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(WarehouseSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/warehouse")
                .table("warehouse_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
