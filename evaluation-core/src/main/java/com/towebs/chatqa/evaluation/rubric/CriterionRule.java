package com.towebs.chatqa.evaluation.rubric;

import java.util.Objects;

/**
 * How one criterion counts under a rubric. {@code weight} is relative among required and critical
 * criteria, and in points for bonus criteria. {@code deferredWhileOpen} marks what usually comes at the
 * end of a chat: in a live chat, a verdict short of {@code MET} on it is not scored yet. The description is
 * written in Spanish (es-AR), with its English beside it.
 */
public record CriterionRule(
        CriterionId id,
        CriterionKind kind,
        double weight,
        boolean deferredWhileOpen,
        String description,
        String descriptionEn) {

    /** A rule described in Spanish only. */
    public CriterionRule(
            CriterionId id, CriterionKind kind, double weight, boolean deferredWhileOpen, String description) {
        this(id, kind, weight, deferredWhileOpen, description, null);
    }

    public CriterionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(id + ": weight must be a positive number, was " + weight);
        }
        description = description == null ? "" : description;
        descriptionEn = descriptionEn == null ? "" : descriptionEn;
    }

    /** The description in {@code language} ("es" or "en"); Spanish when there is none in English. */
    public String description(java.util.Locale language) {
        return "en".equals(language.getLanguage()) && !descriptionEn.isEmpty() ? descriptionEn : description;
    }
}
