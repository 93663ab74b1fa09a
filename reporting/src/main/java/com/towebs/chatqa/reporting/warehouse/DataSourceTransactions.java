package com.towebs.chatqa.reporting.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Transactions on a plain DataSource (tests, benchmarks, tools): one connection per unit of work. */
public final class DataSourceTransactions implements SqlTransactions {

    private final DataSource dataSource;

    public DataSourceTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WarehouseException("database error", e);
        }
    }
}
