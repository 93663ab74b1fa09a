package com.towebs.chatqa.evaluation;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Objects;

/**
 * One criterion's verdict, the evidence behind it and, where the evidence alone does not say why (a
 * timing gap, a count), a short note in English for the person reading it.
 */
public record CriterionResult(CriterionId criterion, Verdict verdict, List<Evidence> evidence, String note) {

    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
    }

    public static CriterionResult of(CriterionId criterion, Verdict verdict, List<Evidence> evidence, String note) {
        return new CriterionResult(criterion, verdict, evidence, note);
    }

    public static CriterionResult of(CriterionId criterion, Verdict verdict, Evidence evidence) {
        return new CriterionResult(criterion, verdict, List.of(evidence), null);
    }

    /** A verdict no single message decided (nothing observed, nothing applicable), explained by a note. */
    public static CriterionResult withoutEvidence(CriterionId criterion, Verdict verdict, String note) {
        return new CriterionResult(criterion, verdict, List.of(), note);
    }
}
