package com.towebs.chatqa.operations.rubric;

import com.towebs.chatqa.operations.access.Viewer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Re-grades every chat of a period under the active rubric (QA admins): the earlier evaluations stay as history. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // commits its own step before it wakes the grader
public class Reevaluation {

    @Inject
    PeriodReevaluation reevaluation;

    /** @return how many chats were queued for grading */
    public int reevaluate(Viewer viewer, LocalDate from, LocalDate to) {
        return reevaluation.reevaluate(viewer, from, to);
    }
}
