package com.towebs.chatqa.operations.rubric;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.infrastructure.persistence.Transactions;
import com.towebs.chatqa.operations.repository.ChatRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Sends every chat of a period back to grading (state PENDING), the logic behind {@link Reevaluation}. The grader
 * then evaluates them under the active rubric: a chat whose current evaluation is of another rubric version gets
 * reason RUBRIC_CHANGED, and its earlier evaluations stay as history. A chat belongs to the day it started on in
 * {@code zone}.
 */
public final class PeriodReevaluation {

    /** Longest period one request may re-grade, a guard against a mistyped year. */
    static final int MAX_DAYS = 400;

    private final Transactions transactions;
    private final ZoneId zone;
    private final Runnable wakeGrader;

    public PeriodReevaluation(Transactions transactions, ZoneId zone, Runnable wakeGrader) {
        this.transactions = transactions;
        this.zone = zone;
        this.wakeGrader = wakeGrader;
    }

    /**
     * @return how many chats were queued for grading
     * @throws IllegalArgumentException if the period is empty, reversed or longer than {@value #MAX_DAYS} days
     */
    public int reevaluate(Viewer viewer, LocalDate from, LocalDate to) {
        viewer.requireRole(Role.QA_ADMIN);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidRubricRequest("the period must run from a day to the same or a later day");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidRubricRequest("a re-evaluation covers at most " + MAX_DAYS + " days");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        int queued = transactions.inTransaction(em -> new ChatRepository(em).queueForGrading(start, end));
        if (queued > 0) {
            wakeGrader.run();
        }
        return queued;
    }
}
