package com.towebs.chatqa.ingestion.server;

import com.towebs.chatqa.ingestion.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.function.Function;

/** Each unit of work in a new JTA transaction on the server's persistence unit. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @PersistenceContext(unitName = "chatqa")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
