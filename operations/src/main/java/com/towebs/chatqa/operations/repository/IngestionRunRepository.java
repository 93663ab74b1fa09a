package com.towebs.chatqa.operations.repository;

import com.towebs.chatqa.operations.model.IngestionRun;
import com.towebs.chatqa.operations.model.RunOutcome;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Ingestion runs: what each pull, push or drop-folder scan received and what became of it. */
public final class IngestionRunRepository {

    private final EntityManager em;

    public IngestionRunRepository(EntityManager em) {
        this.em = em;
    }

    /** Stores a new run and returns its id. */
    public long add(IngestionRun run) {
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public IngestionRun get(long id) {
        IngestionRun run = em.find(IngestionRun.class, id);
        if (run == null) {
            throw new IllegalStateException("no ingestion run " + id);
        }
        return run;
    }

    /** The source's runs still marked as running. */
    public List<IngestionRun> running(String source) {
        return em.createQuery(
                        "select r from IngestionRun r where r.source = :source and r.outcome = :running",
                        IngestionRun.class)
                .setParameter("source", source)
                .setParameter("running", RunOutcome.RUNNING)
                .getResultList();
    }

    /** The latest {@code limit} runs, newest first. */
    public List<IngestionRun> newest(int limit) {
        return em.createQuery("select r from IngestionRun r order by r.startedAt desc, r.id desc", IngestionRun.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
