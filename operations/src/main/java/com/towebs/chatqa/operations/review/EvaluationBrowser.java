package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.ReviewViews.AgentView;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.TeamView;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads chats and their evaluations for the portal and the API, as far as the viewer may: agents their own,
 * managers their teams', HR and QA admins every team's (rules in {@link ReviewQueries}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EvaluationBrowser {

    @PersistenceContext(unitName = "chatqa")
    EntityManager em;

    @Inject
    ReviewQueries reviews;

    /** The teams the viewer may read, by name. */
    public List<TeamView> teams(Viewer viewer) {
        return reviews.teams(em, viewer);
    }

    /** The agents the viewer may read, of one team or (team null) of every team they may read. */
    public List<AgentView> agents(Viewer viewer, String team) {
        return reviews.agents(em, viewer, team);
    }

    /** Current evaluations matching the filter within what the viewer may read, newest chat first. */
    public List<EvaluationSummary> evaluations(Viewer viewer, EvaluationFilter filter, int first, int max) {
        return reviews.evaluations(em, viewer, filter, first, max);
    }

    public long count(Viewer viewer, EvaluationFilter filter) {
        return reviews.count(em, viewer, filter);
    }

    /** A chat's page. @throws NoSuchChat if there is none; AccessDenied if the viewer may not read it */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChatReview chat(Viewer viewer, long chatId) {
        return reviews.chat(em, viewer, chatId);
    }
}
