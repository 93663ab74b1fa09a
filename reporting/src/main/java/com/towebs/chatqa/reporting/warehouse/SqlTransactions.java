package com.towebs.chatqa.reporting.warehouse;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs JDBC work in a transaction of its own: committed when it returns, rolled back when it throws. The server
 * binds it to JTA, tests to a plain DataSource.
 */
public interface SqlTransactions {

    <T> T inTransaction(SqlWork<T> work);

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
