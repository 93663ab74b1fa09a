package com.towebs.chatqa.web.reports;

import com.towebs.chatqa.reporting.warehouse.SqlTransactions;
import com.towebs.chatqa.reporting.warehouse.WarehouseException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Reporting's JDBC work in a new JTA transaction on the application's datasource. */
@ApplicationScoped
public class JtaSqlTransactions implements SqlTransactions {

    @Resource(lookup = "java:jboss/datasources/ChatQaDS")
    DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new WarehouseException("database error", e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }
}
