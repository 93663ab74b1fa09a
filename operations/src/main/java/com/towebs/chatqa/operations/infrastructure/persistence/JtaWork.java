package com.towebs.chatqa.operations.infrastructure.persistence;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.util.function.Supplier;

/**
 * Runs work in a new JTA transaction (the caller's, if any, is suspended meanwhile) and turns every failure,
 * including a commit that fails (an optimistic-lock conflict found at flush), into an unchecked
 * {@link TransactionFailedException}. (Narayana's {@code @Transactional} interceptor throws the checked
 * {@code RollbackException} from commit, which callers catching runtime exceptions never see.)
 */
public final class JtaWork {

    private JtaWork() {}

    public static <T> T inNewTransaction(TransactionManager manager, Supplier<T> work) {
        Transaction outer = suspend(manager);
        try {
            manager.begin();
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                manager.rollback();
                throw e;
            }
            manager.commit();
            return result;
        } catch (NotSupportedException
                | SystemException
                | RollbackException
                | HeuristicMixedException
                | HeuristicRollbackException e) {
            throw new TransactionFailedException(e);
        } finally {
            resume(manager, outer);
        }
    }

    private static Transaction suspend(TransactionManager manager) {
        try {
            return manager.getTransaction() == null ? null : manager.suspend();
        } catch (SystemException e) {
            throw new TransactionFailedException(e);
        }
    }

    private static void resume(TransactionManager manager, Transaction outer) {
        if (outer == null) {
            return;
        }
        try {
            manager.resume(outer);
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
    }

    /** A transaction that could not begin or commit; it was rolled back. */
    public static final class TransactionFailedException extends RuntimeException {
        TransactionFailedException(Exception cause) {
            super("transaction rolled back: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
