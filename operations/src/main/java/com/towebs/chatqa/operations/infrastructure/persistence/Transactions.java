package com.towebs.chatqa.operations.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Runs work in a transaction of its own, committed when the work returns and rolled back when it throws.
 * Ingestion and grading commit in small steps (one ticket, one batch) so a crash loses at most the step in
 * flight; this interface lets the same services run on the server (JTA) and in tests (resource-local).
 */
public interface Transactions {

    <T> T inTransaction(Function<EntityManager, T> work);
}
