package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import com.towebs.chatqa.operations.model.VerdictOverride;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.repository.EvaluationRepository;
import com.towebs.chatqa.operations.repository.ReviewTrailRepository;
import com.towebs.chatqa.operations.review.ReviewViews.AgentView;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.TeamView;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.List;

/**
 * Reading chats, evaluations and disputes, on an EntityManager inside the caller's transaction (the EJBs
 * {@link EvaluationBrowser} and {@link Disputes} give them one; the tests a resource-local one). Every query is
 * narrowed to what the {@link Viewer} may read, in the query itself, so nothing the viewer may not see is loaded.
 */
public final class ReviewQueries {

    private final ZoneId zone;

    /** @param zone the zone whose days the date filters mean */
    public ReviewQueries(ZoneId zone) {
        this.zone = zone;
    }

    public List<TeamView> teams(EntityManager em, Viewer viewer) {
        return new ChatRepository(em)
                .teams(viewer).stream()
                        .map(team -> new TeamView(team.id(), team.name()))
                        .toList();
    }

    public List<AgentView> agents(EntityManager em, Viewer viewer, String team) {
        return new ChatRepository(em)
                .agents(viewer, team).stream()
                        .map(agent -> new AgentView(agent.id(), agent.name(), agent.team()))
                        .toList();
    }

    public List<EvaluationSummary> evaluations(
            EntityManager em, Viewer viewer, EvaluationFilter filter, int first, int max) {
        return new EvaluationRepository(em)
                .current(viewer, criteria(filter), first, max).stream()
                        .map(ReviewViewMapper::summary)
                        .toList();
    }

    public long count(EntityManager em, Viewer viewer, EvaluationFilter filter) {
        return new EvaluationRepository(em).countCurrent(viewer, criteria(filter));
    }

    /** A chat's page. @throws NoSuchChat if there is none; AccessDenied if the viewer may not read it */
    public ChatReview chat(EntityManager em, Viewer viewer, long chatId) {
        StoredChat chat = new ChatRepository(em).find(chatId).orElseThrow(() -> new NoSuchChat("no chat " + chatId));
        viewer.requireRead(chat.getAgent().getId(), chat.teamId());
        List<StoredEvaluation> evaluations = new EvaluationRepository(em).ofChatNewestFirst(chat);
        ReviewTrailRepository trail = new ReviewTrailRepository(em);
        List<VerdictOverride> overrides = trail.overridesOf(chat);
        return ReviewViewMapper.review(chat, evaluations, trail.ofChat(chat), overrides);
    }

    /** Open disputes of the teams the viewer manages (every team for QA admins), oldest first. */
    public List<DisputeView> disputeQueue(EntityManager em, Viewer viewer) {
        boolean all = viewer.has(Role.QA_ADMIN);
        if (!all && (!viewer.has(Role.MANAGER) || viewer.teams().isEmpty())) {
            return List.of();
        }
        return new ReviewTrailRepository(em)
                .openOf(all ? null : viewer.teams()).stream()
                        .map(ReviewViewMapper::view)
                        .toList();
    }

    /** The viewer's own disputes (agents), newest first. */
    public List<DisputeView> myDisputes(EntityManager em, Viewer viewer) {
        if (viewer.agentId().isEmpty() || !viewer.has(Role.AGENT)) {
            return List.of();
        }
        return new ReviewTrailRepository(em)
                .openedBy(viewer.agentId().get()).stream()
                        .map(ReviewViewMapper::view)
                        .toList();
    }

    /** The filter in the repository's terms: days of the product's zone as instants, the last day included. */
    private EvaluationRepository.Criteria criteria(EvaluationFilter filter) {
        return new EvaluationRepository.Criteria(
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
                filter.to() == null
                        ? null
                        : filter.to().plusDays(1).atStartOfDay(zone).toInstant(),
                filter.team(),
                filter.agent(),
                filter.maxScore(),
                filter.criticalOnly());
    }
}
