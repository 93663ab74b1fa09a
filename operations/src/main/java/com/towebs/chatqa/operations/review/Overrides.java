package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.ReviewViews.OverrideView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A manager replaces a verdict of a current evaluation with a reason. The score is recomputed under the
 * evaluation's rubric into a new current evaluation (reason MANUAL); the automatic one stays as history and the
 * override is kept in the audit trail with who and when.
 */
@Stateless
public class Overrides {

    @PersistenceContext(unitName = "chatqa")
    EntityManager em;

    @Inject
    ReviewCommands commands;

    public OverrideView override(Viewer viewer, long evaluationId, String criterion, Verdict verdict, String reason) {
        return commands.override(em, viewer, evaluationId, Disputes.criterionId(criterion), verdict, reason);
    }
}
