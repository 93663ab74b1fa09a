package com.towebs.chatqa.operations.repository;

import com.towebs.chatqa.operations.model.SourceState;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/**
 * Each source's watermark and lease. The lease is taken, renewed and released by conditional updates, which the
 * database serialises across the nodes of a cluster: two nodes never pull the same source at once, and a node that
 * dies mid-run only blocks the source until its lease expires.
 */
public final class SourceStateRepository {

    private final EntityManager em;

    public SourceStateRepository(EntityManager em) {
        this.em = em;
    }

    /** Creates the source's row unless it exists. */
    public void ensure(String source) {
        if (em.find(SourceState.class, source) == null) {
            em.persist(new SourceState(source));
        }
    }

    /** Takes the lease for {@code node} until {@code until} if nobody holds it or its holder's lease expired. */
    public boolean takeLease(String source, String node, Instant now, Instant until) {
        return em.createQuery("update SourceState s set s.leaseOwner = :node, s.leaseUntil = :until,"
                                + " s.version = s.version + 1 where s.source = :source"
                                + " and (s.leaseUntil is null or s.leaseUntil < :now)")
                        .setParameter("node", node)
                        .setParameter("until", until)
                        .setParameter("source", source)
                        .setParameter("now", now)
                        .executeUpdate()
                > 0;
    }

    /** The source's watermark as the database has it now. */
    public Optional<String> watermark(String source) {
        SourceState state = em.find(SourceState.class, source);
        em.refresh(state);
        return Optional.ofNullable(state.getWatermark());
    }

    /**
     * Moves the watermark and renews the lease, only while {@code node} still holds it: a node whose lease expired
     * (it stalled, another took over) must not move the watermark under the new holder. Returns whether it held.
     */
    public boolean advance(String source, String node, String watermark, Instant until) {
        return em.createQuery("update SourceState s set s.watermark = :watermark, s.leaseUntil = :until,"
                                + " s.version = s.version + 1 where s.source = :source and s.leaseOwner = :node")
                        .setParameter("watermark", watermark)
                        .setParameter("until", until)
                        .setParameter("source", source)
                        .setParameter("node", node)
                        .executeUpdate()
                > 0;
    }

    /** Gives the lease up, if {@code node} still holds it. */
    public void releaseLease(String source, String node) {
        em.createQuery("update SourceState s set s.leaseOwner = null, s.leaseUntil = null,"
                        + " s.version = s.version + 1 where s.source = :source and s.leaseOwner = :node")
                .setParameter("source", source)
                .setParameter("node", node)
                .executeUpdate();
    }
}
