package com.towebs.chatqa.evaluation.calibration;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reviewed chats for calibration tests: a person's verdicts and an evaluation with the engine's, nothing else. */
final class Reviews {

    private Reviews() {}

    /** One chat: what the person said, what the engine said, on criteria and customer types. */
    static ReviewedChat reviewed(
            String chatId,
            Map<CriterionId, Verdict> human,
            Set<CustomerType> humanProfile,
            Map<CriterionId, Verdict> automatic,
            Set<CustomerType> automaticProfile) {
        return new ReviewedChat(
                HumanVerdicts.of(chatId, human, humanProfile), evaluation(chatId, automatic, automaticProfile));
    }

    /** {@code times} chats on which the person said {@code human} and the engine {@code automatic} on one criterion. */
    static List<ReviewedChat> cell(CriterionId criterion, Verdict human, Verdict automatic, int times) {
        List<ReviewedChat> chats = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            String id = criterion + "-" + human + "-" + automatic + "-" + i;
            chats.add(reviewed(id, Map.of(criterion, human), Set.of(), Map.of(criterion, automatic), Set.of()));
        }
        return chats;
    }

    /** {@code times} chats on which the person and the engine did or did not see {@code type}. */
    static List<ReviewedChat> typeCell(CustomerType type, boolean human, boolean automatic, int times) {
        List<ReviewedChat> chats = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            String id = type + "-" + human + "-" + automatic + "-" + i;
            chats.add(reviewed(
                    id, Map.of(), human ? Set.of(type) : Set.of(), Map.of(), automatic ? Set.of(type) : Set.of()));
        }
        return chats;
    }

    @SafeVarargs
    static List<ReviewedChat> concat(List<ReviewedChat>... cells) {
        List<ReviewedChat> all = new ArrayList<>();
        for (List<ReviewedChat> cell : cells) {
            all.addAll(cell);
        }
        return all;
    }

    static Evaluation evaluation(String chatId, Map<CriterionId, Verdict> verdicts, Set<CustomerType> profile) {
        List<CriterionResult> results = new ArrayList<>();
        verdicts.forEach(
                (criterion, verdict) -> results.add(CriterionResult.withoutEvidence(criterion, verdict, null)));
        List<ProfileFinding> findings = profile.stream()
                .map(type -> new ProfileFinding(type, List.of(), Verdict.NOT_OBSERVED, List.of(), (Note) null))
                .toList();
        return new Evaluation(
                chatId, "test", "agent", ChatStatus.CLOSED, "test-rubric", 80, 80, false, findings, results);
    }
}
