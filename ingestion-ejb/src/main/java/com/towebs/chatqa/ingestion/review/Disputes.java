package com.towebs.chatqa.ingestion.review;

import com.towebs.chatqa.ingestion.access.Viewer;
import com.towebs.chatqa.ingestion.review.ReviewViews.DisputeView;
import jakarta.ejb.Stateless;

import java.util.List;

/**
 * Agents dispute a verdict of their own current evaluation with a comment; the managers of the chat's team
 * decide (upheld or rejected, with a reason). Upholding a dispute can override the verdict in the same step.
 */
@Stateless
public class Disputes {

    public DisputeView open(Viewer viewer, long evaluationId, String criterion, String comment) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Open disputes of the teams the viewer manages (every team for QA admins), oldest first. */
    public List<DisputeView> queue(Viewer viewer) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The viewer's own disputes (agents), newest first. */
    public List<DisputeView> mine(Viewer viewer) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * @param newVerdict when upheld, the verdict to put instead (an override with the decision as its reason);
     *                   null to decide without changing the verdict
     */
    public DisputeView decide(Viewer viewer, long disputeId, boolean upheld, String decision, String newVerdict) {
        throw new UnsupportedOperationException("in progress");
    }
}
