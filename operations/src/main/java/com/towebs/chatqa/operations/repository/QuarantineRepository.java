package com.towebs.chatqa.operations.repository;

import com.towebs.chatqa.operations.model.QuarantineState;
import com.towebs.chatqa.operations.model.QuarantinedRecord;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Records kept, redacted, because they could not be stored as chats. */
public final class QuarantineRepository {

    private final EntityManager em;

    public QuarantineRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<QuarantinedRecord> find(long id) {
        return Optional.ofNullable(em.find(QuarantinedRecord.class, id));
    }

    public void add(QuarantinedRecord record) {
        em.persist(record);
    }

    /** The newest {@code limit} records in that state. */
    public List<QuarantinedRecord> inState(QuarantineState state, int limit) {
        return em.createQuery(
                        "select q from QuarantinedRecord q where q.state = :state order by q.id desc",
                        QuarantinedRecord.class)
                .setParameter("state", state)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(QuarantineState state) {
        return em.createQuery("select count(q) from QuarantinedRecord q where q.state = :state", Long.class)
                .setParameter("state", state)
                .getSingleResult();
    }
}
