package com.towebs.chatqa.operations.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionManager;
import java.util.function.Function;

/** Each unit of work in a new JTA transaction on the server's persistence unit. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @PersistenceContext(unitName = "chatqa")
    EntityManager em;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return JtaWork.inNewTransaction(transactionManager, () -> work.apply(em));
    }
}
