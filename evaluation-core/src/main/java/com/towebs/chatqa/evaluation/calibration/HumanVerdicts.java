package com.towebs.chatqa.evaluation.calibration;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a person judged one chat to deserve: a verdict for some or all criteria (a reviewer may judge only one)
 * and, when they judged it, the customer's profile. Only what the person judged is compared.
 */
public record HumanVerdicts(
        String chatId, Map<CriterionId, Verdict> criteria, Optional<Set<CustomerType>> customerProfile) {

    public HumanVerdicts {
        Objects.requireNonNull(chatId, "chatId");
        criteria = Collections.unmodifiableMap(
                criteria.isEmpty() ? new EnumMap<>(CriterionId.class) : new EnumMap<>(criteria));
        customerProfile = customerProfile.map(types -> Collections.unmodifiableSet(
                types.isEmpty() ? EnumSet.noneOf(CustomerType.class) : EnumSet.copyOf(types)));
    }

    /** Verdicts on criteria and the profile, as a full label of a chat carries them. */
    public static HumanVerdicts of(String chatId, Map<CriterionId, Verdict> criteria, Set<CustomerType> profile) {
        return new HumanVerdicts(chatId, criteria, Optional.of(profile));
    }

    public Optional<Verdict> verdict(CriterionId criterion) {
        return Optional.ofNullable(criteria.get(criterion));
    }
}
