package com.towebs.chatqa.ingestion.rubric;

import com.towebs.chatqa.ingestion.access.Viewer;
import jakarta.ejb.Stateless;

import java.time.LocalDate;

/** Re-grades every chat of a period under the active rubric (QA admins): the earlier evaluations stay as history. */
@Stateless
public class Reevaluation {

    /** @return how many chats were queued for grading */
    public int reevaluate(Viewer viewer, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("in progress");
    }
}
