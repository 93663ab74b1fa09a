package com.towebs.chatqa.evaluation.rubric;

import java.util.Objects;

/**
 * How one criterion counts under a rubric. {@code weight} is relative among required and critical
 * criteria, and in points for bonus criteria. {@code deferredWhileOpen} marks what usually comes at the
 * end of a chat: in a live chat, a verdict short of {@code MET} on it is not scored yet.
 */
public record CriterionRule(
        CriterionId id, CriterionKind kind, double weight, boolean deferredWhileOpen, String description) {

    public CriterionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(id + ": weight must be a positive number, was " + weight);
        }
        description = description == null ? "" : description;
    }
}
