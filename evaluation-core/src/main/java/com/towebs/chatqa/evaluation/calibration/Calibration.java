package com.towebs.chatqa.evaluation.calibration;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares automatic verdicts with people's. A criterion is compared on a chat when the person judged it and
 * the engine's rubric graded it; the customer types when the person judged the profile (each type then is
 * present or absent on both sides).
 */
public final class Calibration {

    private Calibration() {}

    public static CalibrationReport measure(List<ReviewedChat> chats) {
        Map<CriterionId, Agreement<Verdict>> criteria = new EnumMap<>(CriterionId.class);
        for (CriterionId criterion : CriterionId.values()) {
            List<PairedVerdict<Verdict>> pairs = new ArrayList<>();
            for (ReviewedChat chat : chats) {
                chat.human()
                        .verdict(criterion)
                        .ifPresent(human -> chat.automatic()
                                .result(criterion)
                                .map(CriterionResult::verdict)
                                .ifPresent(
                                        automatic -> pairs.add(new PairedVerdict<>(chat.chatId(), human, automatic))));
            }
            if (!pairs.isEmpty()) {
                criteria.put(criterion, new Agreement<>(Verdict.class, pairs));
            }
        }
        Map<CustomerType, Agreement<Presence>> types = new EnumMap<>(CustomerType.class);
        for (CustomerType type : CustomerType.values()) {
            List<PairedVerdict<Presence>> pairs = new ArrayList<>();
            for (ReviewedChat chat : chats) {
                chat.human()
                        .customerProfile()
                        .ifPresent(profile -> pairs.add(new PairedVerdict<>(
                                chat.chatId(),
                                Presence.of(profile.contains(type)),
                                Presence.of(chat.automatic().customerTypes().contains(type)))));
            }
            if (!pairs.isEmpty()) {
                types.put(type, new Agreement<>(Presence.class, pairs));
            }
        }
        Set<String> wrongVerdict = chatsWithDisagreements(criteria);
        Set<String> wrongType = chatsWithDisagreements(types);
        List<String> everyVerdictRight = chats.stream()
                .map(ReviewedChat::chatId)
                .filter(id -> !wrongVerdict.contains(id))
                .toList();
        List<String> everyVerdictAndTypeRight =
                everyVerdictRight.stream().filter(id -> !wrongType.contains(id)).toList();
        return new CalibrationReport(chats.size(), criteria, types, everyVerdictRight, everyVerdictAndTypeRight);
    }

    private static Set<String> chatsWithDisagreements(Map<?, ? extends Agreement<?>> agreements) {
        Set<String> chats = new HashSet<>();
        agreements.values().forEach(agreement -> agreement.disagreements().forEach(pair -> chats.add(pair.chatId())));
        return chats;
    }
}
