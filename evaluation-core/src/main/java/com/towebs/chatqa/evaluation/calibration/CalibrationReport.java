package com.towebs.chatqa.evaluation.calibration;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement of the engine with people over a set of chats. {@code criteria} and {@code customerTypes} hold
 * only what was compared on at least one chat, in declaration order. A chat has every verdict right when the
 * engine agreed on every criterion the person judged; "and type" adds every customer type, where the person
 * judged the profile.
 */
public record CalibrationReport(
        int chats,
        Map<CriterionId, Agreement<Verdict>> criteria,
        Map<CustomerType, Agreement<Presence>> customerTypes,
        List<String> chatsWithEveryVerdictRight,
        List<String> chatsWithEveryVerdictAndTypeRight) {

    public CalibrationReport {
        criteria = Collections.unmodifiableMap(
                criteria.isEmpty() ? new EnumMap<>(CriterionId.class) : new EnumMap<>(criteria));
        customerTypes = Collections.unmodifiableMap(
                customerTypes.isEmpty() ? new EnumMap<>(CustomerType.class) : new EnumMap<>(customerTypes));
        chatsWithEveryVerdictRight = List.copyOf(chatsWithEveryVerdictRight);
        chatsWithEveryVerdictAndTypeRight = List.copyOf(chatsWithEveryVerdictAndTypeRight);
    }

    /** How many chats had their customer profile judged: what the customer types are compared on. */
    public int chatsWithProfileJudged() {
        return customerTypes.values().stream()
                .findFirst()
                .map(Agreement::compared)
                .orElse(0);
    }

    /** Customer types missed or invented, over every chat and type. */
    public int customerTypeErrors() {
        return customerTypes.values().stream()
                .mapToInt(agreement -> agreement.disagreements().size())
                .sum();
    }

    /** Which of people's {@code NOT_MET} the engine caught on {@code criterion}, and which it invented. */
    public Optional<FailureDetection> failureDetection(CriterionId criterion) {
        return Optional.ofNullable(criteria.get(criterion)).map(FailureDetection::of);
    }

    /** The criteria and customer types, by name, whose agreement is below {@code minimumRate} (0 to 1). */
    public List<String> below(double minimumRate) {
        List<String> below = new ArrayList<>();
        criteria.forEach((criterion, agreement) -> {
            if (agreement.rate() < minimumRate) {
                below.add(criterion.name());
            }
        });
        customerTypes.forEach((type, agreement) -> {
            if (agreement.rate() < minimumRate) {
                below.add(type.name());
            }
        });
        return below;
    }
}
