package com.towebs.chatqa.operations.repository;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.operations.model.Dispute;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.VerdictOverride;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The review trail of chats: agents' disputes of verdicts and managers' overrides of them. */
public final class ReviewTrailRepository {

    private final EntityManager em;

    public ReviewTrailRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Dispute> find(long id) {
        return Optional.ofNullable(em.find(Dispute.class, id));
    }

    public void add(Dispute dispute) {
        em.persist(dispute);
    }

    public void add(VerdictOverride override) {
        em.persist(override);
    }

    /** Whether an open dispute of this criterion of the chat exists already. */
    public boolean hasOpen(StoredChat chat, CriterionId criterion) {
        return em.createQuery(
                                "select count(d) from Dispute d where d.chat = :chat and d.criterion = :criterion"
                                        + " and d.state = :open",
                                Long.class)
                        .setParameter("chat", chat)
                        .setParameter("criterion", criterion)
                        .setParameter("open", Dispute.State.OPEN)
                        .getSingleResult()
                > 0;
    }

    /** The chat's disputes, the newest first. */
    public List<Dispute> ofChat(StoredChat chat) {
        return em.createQuery(
                        "select d from Dispute d where d.chat = :chat order by d.openedAt desc, d.id desc",
                        Dispute.class)
                .setParameter("chat", chat)
                .getResultList();
    }

    /** The chat's overrides, oldest first (the audit trail). */
    public List<VerdictOverride> overridesOf(StoredChat chat) {
        return em.createQuery(
                        "select o from VerdictOverride o where o.chat = :chat order by o.id", VerdictOverride.class)
                .setParameter("chat", chat)
                .getResultList();
    }

    /** Open disputes of chats of these teams (every team when {@code teams} is null), oldest first. */
    public List<Dispute> openOf(Set<String> teams) {
        TypedQuery<Dispute> query = em.createQuery(
                        "select d from Dispute d join d.chat c left join c.team t where d.state = :open"
                                + (teams == null ? "" : " and t.id in :teams") + " order by d.openedAt, d.id",
                        Dispute.class)
                .setParameter("open", Dispute.State.OPEN);
        if (teams != null) {
            query.setParameter("teams", teams);
        }
        return query.getResultList();
    }

    /** The agent's own disputes, the newest first. */
    public List<Dispute> openedBy(String agentId) {
        return em.createQuery(
                        "select d from Dispute d where d.agentId = :agent order by d.openedAt desc, d.id desc",
                        Dispute.class)
                .setParameter("agent", agentId)
                .getResultList();
    }
}
