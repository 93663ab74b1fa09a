package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.scoring.Score;
import com.towebs.chatqa.evaluation.scoring.ScoreCalculator;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.model.Dispute;
import com.towebs.chatqa.operations.model.EvaluationReason;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import com.towebs.chatqa.operations.model.StoredMessage;
import com.towebs.chatqa.operations.model.VerdictOverride;
import com.towebs.chatqa.operations.review.ReviewViews.AgentView;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.CriterionView;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationView;
import com.towebs.chatqa.operations.review.ReviewViews.EvidenceView;
import com.towebs.chatqa.operations.review.ReviewViews.MessageView;
import com.towebs.chatqa.operations.review.ReviewViews.OverrideView;
import com.towebs.chatqa.operations.review.ReviewViews.ProfileView;
import com.towebs.chatqa.operations.review.ReviewViews.TeamView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of reading and revising evaluations, on an EntityManager inside the caller's transaction (the EJBs
 * {@link EvaluationBrowser}, {@link Overrides} and {@link Disputes} give them one; the tests a resource-local one).
 * Every query is narrowed to what the {@link Viewer} may read, in the query itself, so nothing the viewer may not
 * see is ever loaded; every change checks the viewer first.
 */
public final class Reviews {

    static final int MAX_TEXT = 2000;

    private final ZoneId zone;
    private final Function<String, Optional<Rubric>> rubrics;
    private final Clock clock;

    /**
     * @param zone    the zone whose days the date filters mean
     * @param rubrics the rubric of each version, to recompute scores under the rubric an evaluation was made with
     */
    public Reviews(ZoneId zone, Function<String, Optional<Rubric>> rubrics, Clock clock) {
        this.zone = zone;
        this.rubrics = rubrics;
        this.clock = clock;
    }

    // ---- reading

    public List<TeamView> teams(EntityManager em, Viewer viewer) {
        Scope scope = Scope.of(viewer, "t.id", "a.id");
        if (scope.nothing()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                "select distinct t.id, t.name from StoredChat c join c.agent a" + " join c.team t where "
                        + scope.where() + " order by t.name",
                Object[].class);
        scope.bind(query);
        return query.getResultList().stream()
                .map(row -> new TeamView((String) row[0], (String) row[1]))
                .toList();
    }

    public List<AgentView> agents(EntityManager em, Viewer viewer, String team) {
        Scope scope = Scope.of(viewer, "t.id", "a.id");
        if (scope.nothing()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                "select distinct a.id, a.displayName, t.id from StoredChat c"
                        + " join c.agent a left join c.team t where " + scope.where()
                        + (team == null ? "" : " and t.id = :team") + " order by a.displayName",
                Object[].class);
        scope.bind(query);
        if (team != null) {
            query.setParameter("team", team);
        }
        return query.getResultList().stream()
                .map(row -> new AgentView(
                        (String) row[0], row[1] == null ? (String) row[0] : (String) row[1], (String) row[2]))
                .toList();
    }

    public List<EvaluationSummary> evaluations(
            EntityManager em, Viewer viewer, EvaluationFilter filter, int first, int max) {
        Scope scope = Scope.of(viewer, "t.id", "a.id");
        if (scope.nothing()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                "select e.id, c.id, c.externalId, a.id, a.displayName, t.id,"
                        + " c.startedAt, c.status, e.score, e.criticalFailure, e.rubricVersion, e.reason,"
                        + " (select count(d) from Dispute d where d.chat = c and d.state = :open)"
                        + " from StoredEvaluation e join e.chat c join c.agent a left join c.team t"
                        + " where e.current = true and " + scope.where() + filterClause(filter)
                        + " order by c.startedAt desc, c.id desc",
                Object[].class);
        scope.bind(query);
        bindFilter(query, filter);
        query.setParameter("open", Dispute.State.OPEN);
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(max, 1)).getResultList().stream()
                .map(row -> new EvaluationSummary(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (String) row[3],
                        row[4] == null ? (String) row[3] : (String) row[4],
                        (String) row[5],
                        (Instant) row[6],
                        ((ChatStatus) row[7]).wireName(),
                        (Double) row[8],
                        (Boolean) row[9],
                        (String) row[10],
                        row[11] == EvaluationReason.MANUAL,
                        ((Long) row[12]).intValue()))
                .toList();
    }

    public long count(EntityManager em, Viewer viewer, EvaluationFilter filter) {
        Scope scope = Scope.of(viewer, "t.id", "a.id");
        if (scope.nothing()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery(
                "select count(e) from StoredEvaluation e join e.chat c join c.agent a"
                        + " left join c.team t where e.current = true and " + scope.where() + filterClause(filter),
                Long.class);
        scope.bind(query);
        bindFilter(query, filter);
        return query.getSingleResult();
    }

    public ChatReview chat(EntityManager em, Viewer viewer, long chatId) {
        StoredChat chat = readableChat(em, viewer, chatId);
        List<MessageView> messages = new ArrayList<>();
        List<StoredMessage> stored = chat.getMessages();
        for (int i = 0; i < stored.size(); i++) {
            StoredMessage message = stored.get(i);
            messages.add(
                    new MessageView(i, message.getSentAt(), message.getSpeaker().wireName(), message.getBody()));
        }
        List<StoredEvaluation> evaluations = em.createQuery(
                        "select e from StoredEvaluation e where e.chat = :chat order by e.id desc",
                        StoredEvaluation.class)
                .setParameter("chat", chat)
                .getResultList();
        List<VerdictOverride> overrides = em.createQuery(
                        "select o from VerdictOverride o where o.chat = :chat order by o.id", VerdictOverride.class)
                .setParameter("chat", chat)
                .getResultList();
        Map<CriterionId, Verdict> automatic = automaticVerdicts(evaluations, overrides);
        EvaluationView current = evaluations.stream()
                .filter(StoredEvaluation::isCurrent)
                .findFirst()
                .map(e -> view(e, automatic))
                .orElse(null);
        List<EvaluationView> history = evaluations.stream()
                .filter(e -> !e.isCurrent())
                .map(e -> view(e, Map.of()))
                .toList();
        List<DisputeView> disputes = em
                .createQuery(
                        "select d from Dispute d where d.chat = :chat order by d.openedAt desc, d.id desc",
                        Dispute.class)
                .setParameter("chat", chat)
                .getResultList()
                .stream()
                .map(Reviews::view)
                .toList();
        return new ChatReview(
                chat.getId(),
                chat.getExternalId(),
                chat.getSource(),
                chat.getAgent().getId(),
                nameOf(chat),
                teamOf(chat),
                chat.getCustomerName(),
                chat.getStartedAt(),
                chat.getStatus().wireName(),
                chat.isCredentialsRequested(),
                chat.isCredentialsSupplied(),
                messages,
                current,
                history,
                disputes,
                overrides.stream().map(Reviews::view).toList());
    }

    // ---- overriding

    /** A manager of the chat's team (or a QA admin) replaces one verdict of the current evaluation. */
    public OverrideView override(
            EntityManager em, Viewer viewer, long evaluationId, CriterionId criterion, Verdict verdict, String reason) {
        StoredEvaluation evaluation = em.find(StoredEvaluation.class, evaluationId);
        if (evaluation == null) {
            throw new NoSuchChat("no evaluation " + evaluationId);
        }
        viewer.requireManages(teamOf(evaluation.getChat()));
        return override(em, viewer, evaluation, criterion, verdict, reason);
    }

    private OverrideView override(
            EntityManager em,
            Viewer viewer,
            StoredEvaluation evaluation,
            CriterionId criterion,
            Verdict verdict,
            String reason) {
        if (!evaluation.isCurrent()) {
            throw new ReviewRejected("evaluation " + evaluation.getId() + " is no longer current: reload the chat");
        }
        String why = requiredText(reason, "the reason");
        Verdict before = evaluation.getCriteria().stream()
                .filter(r -> r.getCriterion() == criterion)
                .findFirst()
                .orElseThrow(() -> new ReviewRejected("the evaluation has no criterion " + criterion))
                .getVerdict();
        if (before == verdict) {
            throw new ReviewRejected(criterion + " is already " + verdict);
        }
        Rubric rubric = rubrics.apply(evaluation.getRubricVersion())
                .orElseThrow(() -> new IllegalStateException("rubric " + evaluation.getRubricVersion()
                        + " of evaluation " + evaluation.getId() + " is unknown"));
        List<CriterionResult> results = evaluation.getCriteria().stream()
                .map(stored -> {
                    CriterionResult result = stored.toResult();
                    return result.criterion() == criterion
                            ? new CriterionResult(criterion, verdict, result.evidence(), result.note())
                            : result;
                })
                .toList();
        Score score = ScoreCalculator.score(rubric, evaluation.getChatStatus() == ChatStatus.OPEN, results);
        Instant now = clock.instant();
        StoredEvaluation revision = evaluation.revised(results, score, EvaluationReason.MANUAL, now);
        evaluation.supersede();
        // the superseded row first, so at no moment two evaluations of the chat are current
        em.flush();
        em.persist(revision);
        VerdictOverride record =
                new VerdictOverride(evaluation, revision, criterion, before, verdict, why, viewer.username(), now);
        em.persist(record);
        em.flush();
        return view(record);
    }

    // ---- disputes

    /** The chat's own agent disputes a verdict of its current evaluation. */
    public DisputeView openDispute(
            EntityManager em, Viewer viewer, long evaluationId, CriterionId criterion, String comment) {
        StoredEvaluation evaluation = em.find(StoredEvaluation.class, evaluationId);
        if (evaluation == null) {
            throw new NoSuchChat("no evaluation " + evaluationId);
        }
        StoredChat chat = evaluation.getChat();
        if (!viewer.isOwn(chat.getAgent().getId())) {
            throw new AccessDenied(viewer.username() + " may only dispute evaluations of their own chats");
        }
        if (!evaluation.isCurrent()) {
            throw new ReviewRejected("evaluation " + evaluationId + " is no longer current: reload the chat");
        }
        if (evaluation.getCriteria().stream().noneMatch(r -> r.getCriterion() == criterion)) {
            throw new ReviewRejected("the evaluation has no criterion " + criterion);
        }
        String text = requiredText(comment, "the comment");
        long open = em.createQuery(
                        "select count(d) from Dispute d where d.chat = :chat and d.criterion = :criterion"
                                + " and d.state = :open",
                        Long.class)
                .setParameter("chat", chat)
                .setParameter("criterion", criterion)
                .setParameter("open", Dispute.State.OPEN)
                .getSingleResult();
        if (open > 0) {
            throw new ReviewRejected("there is already an open dispute of " + criterion + " in this chat");
        }
        Dispute dispute = new Dispute(evaluation, criterion, chat.getAgent().getId(), text, clock.instant());
        em.persist(dispute);
        em.flush();
        return view(dispute);
    }

    /** Open disputes of the teams the viewer manages (every team for QA admins), oldest first. */
    public List<DisputeView> disputeQueue(EntityManager em, Viewer viewer) {
        boolean all = viewer.has(Role.QA_ADMIN);
        if (!all && (!viewer.has(Role.MANAGER) || viewer.teams().isEmpty())) {
            return List.of();
        }
        TypedQuery<Dispute> query = em.createQuery(
                        "select d from Dispute d join d.chat c left join c.team t" + " where d.state = :open"
                                + (all ? "" : " and t.id in :teams") + " order by d.openedAt, d.id",
                        Dispute.class)
                .setParameter("open", Dispute.State.OPEN);
        if (!all) {
            query.setParameter("teams", viewer.teams());
        }
        return query.getResultList().stream().map(Reviews::view).toList();
    }

    /** The viewer's own disputes (agents), newest first. */
    public List<DisputeView> myDisputes(EntityManager em, Viewer viewer) {
        if (viewer.agentId().isEmpty() || !viewer.has(Role.AGENT)) {
            return List.of();
        }
        return em
                .createQuery(
                        "select d from Dispute d where d.agentId = :agent order by d.openedAt desc, d.id desc",
                        Dispute.class)
                .setParameter("agent", viewer.agentId().get())
                .getResultList()
                .stream()
                .map(Reviews::view)
                .toList();
    }

    /** A manager of the chat's team decides; upholding with a verdict also overrides it, the decision as reason. */
    public DisputeView decide(
            EntityManager em, Viewer viewer, long disputeId, boolean upheld, String decision, Verdict newVerdict) {
        Dispute dispute = em.find(Dispute.class, disputeId);
        if (dispute == null) {
            throw new NoSuchChat("no dispute " + disputeId);
        }
        StoredChat chat = dispute.getChat();
        viewer.requireManages(teamOf(chat));
        if (dispute.getState() != Dispute.State.OPEN) {
            throw new ReviewRejected("dispute " + disputeId + " was already decided");
        }
        String text = requiredText(decision, "the decision");
        if (upheld && newVerdict != null) {
            StoredEvaluation current = em.createQuery(
                            "select e from StoredEvaluation e where e.chat = :chat and e.current = true",
                            StoredEvaluation.class)
                    .setParameter("chat", chat)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new ReviewRejected("the chat has no current evaluation"));
            override(em, viewer, current, dispute.getCriterion(), newVerdict, text);
        }
        dispute.decide(upheld, viewer.username(), text, clock.instant());
        em.flush();
        return view(dispute);
    }

    // ---- helpers

    private static StoredChat readableChat(EntityManager em, Viewer viewer, long chatId) {
        StoredChat chat = em.find(StoredChat.class, chatId);
        if (chat == null) {
            throw new NoSuchChat("no chat " + chatId);
        }
        viewer.requireRead(chat.getAgent().getId(), teamOf(chat));
        return chat;
    }

    /**
     * The engine's verdict of each criterion a manager overrode since the chat was last graded automatically
     * (a later automatic grading starts afresh).
     */
    private static Map<CriterionId, Verdict> automaticVerdicts(
            List<StoredEvaluation> newestFirst, List<VerdictOverride> overrides) {
        long lastAutomatic = newestFirst.stream()
                .filter(e -> e.getReason() != EvaluationReason.MANUAL)
                .mapToLong(StoredEvaluation::getId)
                .max()
                .orElse(Long.MIN_VALUE);
        Map<CriterionId, Verdict> automatic = new EnumMap<>(CriterionId.class);
        for (VerdictOverride override : overrides) {
            if (override.getEvaluation().getId() >= lastAutomatic) {
                automatic.putIfAbsent(override.getCriterion(), override.getFromVerdict());
            }
        }
        return automatic;
    }

    private static EvaluationView view(StoredEvaluation evaluation, Map<CriterionId, Verdict> automatic) {
        List<CriterionView> criteria = evaluation.getCriteria().stream()
                .map(result -> {
                    Verdict engine = automatic.get(result.getCriterion());
                    return new CriterionView(
                            result.getCriterion().name(),
                            result.getVerdict().name(),
                            result.getNote(),
                            result.getEvidence().stream()
                                    .map(e -> new EvidenceView(e.message(), e.quote()))
                                    .toList(),
                            engine == null || engine == result.getVerdict() ? null : engine.name());
                })
                .toList();
        List<ProfileView> profile = evaluation.getCustomerProfile().stream()
                .map(stored -> stored.toFinding())
                .map(f -> new ProfileView(f.type().name(), f.handling().name(), f.note()))
                .toList();
        return new EvaluationView(
                evaluation.getId(),
                evaluation.getRubricVersion(),
                evaluation.getScore(),
                evaluation.getScoreBeforeCap(),
                evaluation.isCriticalFailure(),
                evaluation.getReason().name(),
                evaluation.getEvaluatedAt(),
                evaluation.isCurrent(),
                criteria,
                profile);
    }

    private static DisputeView view(Dispute dispute) {
        StoredChat chat = dispute.getChat();
        return new DisputeView(
                dispute.getId(),
                dispute.getEvaluation().getId(),
                chat.getId(),
                chat.getExternalId(),
                teamOf(chat),
                dispute.getCriterion().name(),
                dispute.getAgentId(),
                dispute.getComment(),
                dispute.getOpenedAt(),
                dispute.getState().name(),
                dispute.getDecidedBy(),
                dispute.getDecision(),
                dispute.getDecidedAt());
    }

    private static OverrideView view(VerdictOverride override) {
        return new OverrideView(
                override.getId(),
                override.getEvaluation().getId(),
                override.getCriterion().name(),
                override.getFromVerdict().name(),
                override.getToVerdict().name(),
                override.getReason(),
                override.getOverriddenBy(),
                override.getOverriddenAt(),
                override.getScoreBefore(),
                override.getScoreAfter());
    }

    private static String teamOf(StoredChat chat) {
        return chat.getTeam() == null ? null : chat.getTeam().getId();
    }

    private static String nameOf(StoredChat chat) {
        String name = chat.getAgent().getDisplayName();
        return name == null ? chat.getAgent().getId() : name;
    }

    private static String requiredText(String text, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new ReviewRejected(what + " is required");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new ReviewRejected(what + " is longer than " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    private String filterClause(EvaluationFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.from() != null) {
            where.append(" and c.startedAt >= :from");
        }
        if (filter.to() != null) {
            where.append(" and c.startedAt < :to");
        }
        if (filter.team() != null) {
            where.append(" and t.id = :team");
        }
        if (filter.agent() != null) {
            where.append(" and a.id = :agent");
        }
        if (filter.maxScore() != null) {
            where.append(" and e.score <= :maxScore");
        }
        if (filter.criticalOnly()) {
            where.append(" and e.criticalFailure = true");
        }
        return where.toString();
    }

    private void bindFilter(TypedQuery<?> query, EvaluationFilter filter) {
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.team() != null) {
            query.setParameter("team", filter.team());
        }
        if (filter.agent() != null) {
            query.setParameter("agent", filter.agent());
        }
        if (filter.maxScore() != null) {
            query.setParameter("maxScore", filter.maxScore());
        }
    }

    /** What a viewer may read, as a JPQL condition on the chat's team and agent. */
    private record Scope(String where, Map<String, Object> parameters) {

        static Scope of(Viewer viewer, String teamColumn, String agentColumn) {
            if (viewer.readsAllTeams()) {
                return new Scope("1 = 1", Map.of());
            }
            List<String> any = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            if (viewer.has(Role.AGENT) && viewer.agentId().isPresent()) {
                any.add(agentColumn + " = :scopeAgent");
                parameters.put("scopeAgent", viewer.agentId().get());
            }
            if (viewer.has(Role.MANAGER) && !viewer.teams().isEmpty()) {
                any.add(teamColumn + " in :scopeTeams");
                parameters.put("scopeTeams", viewer.teams());
            }
            return new Scope(any.isEmpty() ? null : "(" + String.join(" or ", any) + ")", parameters);
        }

        boolean nothing() {
            return where == null;
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
