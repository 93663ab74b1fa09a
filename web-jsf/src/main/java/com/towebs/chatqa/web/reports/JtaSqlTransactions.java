package com.towebs.chatqa.web.reports;

import com.towebs.chatqa.operations.infrastructure.persistence.JtaTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.JtaWork;
import com.towebs.chatqa.reporting.warehouse.SqlTransactions;
import com.towebs.chatqa.reporting.warehouse.WarehouseException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reporting's JDBC work in a new JTA transaction on the application's datasource. */
@ApplicationScoped
public class JtaSqlTransactions implements SqlTransactions {

    @Resource(lookup = "java:jboss/datasources/ChatQaDS")
    DataSource dataSource;

    @Inject
    JtaTransactions jta;

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return JtaWork.inNewTransaction(jta.transactionManager(), () -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new WarehouseException("database error", e);
            }
        });
    }

    DataSource dataSource() {
        return dataSource;
    }
}
