package com.towebs.chatqa.operations.repository;

import com.towebs.chatqa.operations.model.StoredRubricVersion;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The rubric versions QA admins stored; at most one is active. */
public final class RubricVersionRepository {

    private final EntityManager em;

    public RubricVersionRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<StoredRubricVersion> find(String version) {
        return Optional.ofNullable(em.find(StoredRubricVersion.class, version));
    }

    public void add(StoredRubricVersion version) {
        em.persist(version);
    }

    public Optional<StoredRubricVersion> active() {
        return em.createQuery("select r from StoredRubricVersion r where r.active = true", StoredRubricVersion.class)
                .getResultStream()
                .findFirst();
    }

    /** Every stored version, the oldest first. */
    public List<StoredRubricVersion> oldestFirst() {
        return em.createQuery(
                        "select r from StoredRubricVersion r order by r.createdAt, r.version",
                        StoredRubricVersion.class)
                .getResultList();
    }

    /** Makes {@code version} the only active one (null: none is, the built-in rubric grades). */
    public void activateOnly(StoredRubricVersion version) {
        em.createQuery("update StoredRubricVersion r set r.active = false where r.active = true")
                .executeUpdate();
        if (version != null) {
            // the bulk update went around the persistence context
            if (em.contains(version)) {
                em.refresh(version);
            }
            version.activate();
        }
    }
}
