package com.towebs.chatqa.reporting.server;

import com.towebs.chatqa.reporting.warehouse.SqlTransactions;
import com.towebs.chatqa.reporting.warehouse.WarehouseException;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reporting's JDBC work on the server: each unit in a new container transaction on the application's datasource
 * (the caller's, if any, is suspended meanwhile), committed when the work returns and rolled back when it throws.
 */
@Stateless
@Local(SqlTransactions.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JtaSqlTransactions implements SqlTransactions {

    @Resource(lookup = "java:jboss/datasources/ChatQaDS")
    DataSource dataSource;

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new WarehouseException("database error", e);
        }
    }
}
