package com.towebs.chatqa.evaluation.engine;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade of one chat under one rubric version. {@code scoreBeforeCap} is the score before a critical
 * failure capped it, kept so criteria can still be compared; without a critical failure both are equal.
 */
public record Evaluation(
        String chatId,
        String source,
        String agentId,
        ChatStatus status,
        String rubricVersion,
        double score,
        double scoreBeforeCap,
        boolean criticalFailure,
        List<ProfileFinding> customerProfile,
        List<CriterionResult> criteria) {

    public Evaluation {
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(rubricVersion, "rubricVersion");
        customerProfile = List.copyOf(customerProfile);
        criteria = List.copyOf(criteria);
    }

    public List<CustomerType> customerTypes() {
        return customerProfile.stream().map(ProfileFinding::type).toList();
    }

    public Optional<CriterionResult> result(CriterionId criterion) {
        return criteria.stream().filter(r -> r.criterion() == criterion).findFirst();
    }
}
