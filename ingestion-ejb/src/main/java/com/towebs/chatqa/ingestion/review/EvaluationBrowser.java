package com.towebs.chatqa.ingestion.review;

import com.towebs.chatqa.ingestion.access.Viewer;
import com.towebs.chatqa.ingestion.review.ReviewViews.AgentView;
import com.towebs.chatqa.ingestion.review.ReviewViews.ChatReview;
import com.towebs.chatqa.ingestion.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.ingestion.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.ingestion.review.ReviewViews.TeamView;
import jakarta.ejb.Stateless;

import java.util.List;

/**
 * Reads chats and their evaluations for the portal and the API, as far as the viewer may: agents their own,
 * managers their teams', HR and QA admins every team's.
 */
@Stateless
public class EvaluationBrowser {

    /** The teams the viewer may read, by name. */
    public List<TeamView> teams(Viewer viewer) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The agents the viewer may read, of one team or (team null) of every team they may read. */
    public List<AgentView> agents(Viewer viewer, String team) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Current evaluations matching the filter within what the viewer may read, newest chat first. */
    public List<EvaluationSummary> evaluations(Viewer viewer, EvaluationFilter filter, int first, int max) {
        throw new UnsupportedOperationException("in progress");
    }

    public long count(Viewer viewer, EvaluationFilter filter) {
        throw new UnsupportedOperationException("in progress");
    }

    /** A chat's page. @throws NoSuchChat if there is none; AccessDenied if the viewer may not read it */
    public ChatReview chat(Viewer viewer, long chatId) {
        throw new UnsupportedOperationException("in progress");
    }
}
