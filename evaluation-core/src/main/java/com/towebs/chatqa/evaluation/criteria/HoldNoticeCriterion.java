package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.Optional;

/**
 * HOLD_NOTICE: the agent tells the customer it will make them wait while it works ("aguardame un momento que
 * lo reviso"). Optional in the rubric, so its absence is only worth reporting (NOT_OBSERVED) when the customer
 * did wait long enough for a notice to have been due; a chat without such a wait has nothing to judge.
 */
final class HoldNoticeCriterion implements Criterion {

    private final HoldNotices notices;

    HoldNoticeCriterion(HoldNotices notices) {
        this.notices = notices;
    }

    @Override
    public CriterionId id() {
        return CriterionId.HOLD_NOTICE;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        HoldTimeline timeline = notices.timeline(chat);
        Optional<AnalyzedMessage> notice = timeline.holdNotices().stream().findFirst();
        if (notice.isPresent()) {
            return CriterionResult.of(id(), Verdict.MET, notices.evidenceOf(notice.get()));
        }
        int threshold = context.thresholds().holdNoticeWaitSeconds();
        return timeline.waits().stream()
                .filter(wait -> wait.seconds() >= threshold)
                .findFirst()
                .map(wait -> CriterionResult.withoutEvidence(
                        id(),
                        Verdict.NOT_OBSERVED,
                        Note.of(
                                wait.answered() ? "hold-notice.missing" : "hold-notice.missing-at-end",
                                HoldTimeline.duration(wait.seconds()),
                                wait.until().index())))
                .orElseGet(() -> CriterionResult.withoutEvidence(
                        id(),
                        Verdict.NOT_APPLICABLE,
                        Note.of("hold-notice.no-wait", HoldTimeline.duration(threshold))));
    }
}
