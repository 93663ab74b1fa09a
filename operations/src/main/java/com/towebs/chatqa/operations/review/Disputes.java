package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Agents dispute a verdict of their own current evaluation with a comment; the managers of the chat's team
 * decide (upheld or rejected, with a reason). Upholding a dispute can override the verdict in the same step.
 */
@Stateless
public class Disputes {

    @PersistenceContext(unitName = "chatqa")
    EntityManager em;

    @Inject
    ReviewQueries queries;

    @Inject
    ReviewCommands commands;

    public DisputeView open(Viewer viewer, long evaluationId, String criterion, String comment) {
        return commands.openDispute(em, viewer, evaluationId, criterionId(criterion), comment);
    }

    /** Open disputes of the teams the viewer manages (every team for QA admins), oldest first. */
    public List<DisputeView> queue(Viewer viewer) {
        return queries.disputeQueue(em, viewer);
    }

    /** The viewer's own disputes (agents), newest first. */
    public List<DisputeView> mine(Viewer viewer) {
        return queries.myDisputes(em, viewer);
    }

    /**
     * @param newVerdict when upheld, the verdict to put instead (an override with the decision as its reason);
     *                   null to decide without changing the verdict
     */
    public DisputeView decide(Viewer viewer, long disputeId, boolean upheld, String decision, String newVerdict) {
        return commands.decide(
                em,
                viewer,
                disputeId,
                upheld,
                decision,
                newVerdict == null || newVerdict.isBlank() ? null : verdict(newVerdict));
    }

    static CriterionId criterionId(String name) {
        try {
            return CriterionId.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ReviewRejected("unknown criterion " + name);
        }
    }

    static Verdict verdict(String name) {
        try {
            return Verdict.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ReviewRejected("unknown verdict " + name);
        }
    }
}
