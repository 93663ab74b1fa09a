package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * HOLD_FOLLOW_UP: a waiting customer hears from the agent about every two minutes. Any silence longer than
 * the threshold fails it, hold notice or not (the customer was left without news). It is MET only when there
 * was something to keep up: a hold that lasted longer than the threshold in total, kept alive by renewals or
 * news; otherwise there was nothing to follow up and it does not apply.
 */
final class HoldFollowUpCriterion implements Criterion {

    private final HoldNotices notices;

    HoldFollowUpCriterion(HoldNotices notices) {
        this.notices = notices;
    }

    @Override
    public CriterionId id() {
        return CriterionId.HOLD_FOLLOW_UP;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        HoldTimeline timeline = notices.timeline(chat);
        int threshold = context.thresholds().holdFollowUpSeconds();
        Optional<HoldTimeline.Wait> longest = timeline.longestWait().filter(wait -> wait.seconds() > threshold);
        if (longest.isPresent()) {
            HoldTimeline.Wait wait = longest.get();
            long others = timeline.waits().stream()
                            .filter(w -> w.seconds() > threshold)
                            .count()
                    - 1;
            return CriterionResult.of(
                    id(),
                    Verdict.NOT_MET,
                    List.of(wait.until().evidence()),
                    others > 0
                            ? Note.of(
                                    "hold-follow-up.more-silences",
                                    wait.describe(),
                                    others,
                                    HoldTimeline.duration(threshold))
                            : wait.describe());
        }
        Optional<HoldTimeline.Hold> kept = timeline.holds().stream()
                .filter(hold -> hold.seconds() > threshold)
                .max(Comparator.comparingLong(HoldTimeline.Hold::seconds));
        if (kept.isPresent()) {
            HoldTimeline.Hold hold = kept.get();
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(notices.evidenceOf(hold.notice()));
            for (AnalyzedMessage renewal : hold.renewals()) {
                evidence.add(notices.evidenceOf(renewal));
            }
            if (!hold.end().equals(hold.notice()) && !hold.renewals().contains(hold.end())) {
                evidence.add(hold.end().evidence());
            }
            return CriterionResult.of(
                    id(),
                    Verdict.MET,
                    evidence,
                    Note.of(
                            "hold-follow-up.kept",
                            HoldTimeline.duration(hold.seconds()),
                            hold.notice().index(),
                            hold.end().index(),
                            HoldTimeline.duration(threshold)));
        }
        return CriterionResult.withoutEvidence(
                id(), Verdict.NOT_APPLICABLE, Note.of("hold-follow-up.nothing", HoldTimeline.duration(threshold)));
    }
}
