package com.towebs.chatqa.evaluation;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One criterion's verdict, the evidence behind it and, where the evidence alone does not say why (a timing gap, a
 * count), why: a {@link Note} rendered in the reader's language.
 */
public record CriterionResult(CriterionId criterion, Verdict verdict, List<Evidence> evidence, Note why) {

    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
    }

    /** A result whose note is text already rendered (as stored before notes had keys). */
    public CriterionResult(CriterionId criterion, Verdict verdict, List<Evidence> evidence, String note) {
        this(criterion, verdict, evidence, Note.text(note));
    }

    /** The note in English, as results have always carried it; null when there is none. */
    public String note() {
        return note(Locale.ENGLISH);
    }

    /** The note rendered in {@code language} (Spanish unless English); null when there is none. */
    public String note(Locale language) {
        return why == null ? null : why.render(language);
    }

    public static CriterionResult of(CriterionId criterion, Verdict verdict, List<Evidence> evidence, Note why) {
        return new CriterionResult(criterion, verdict, evidence, why);
    }

    public static CriterionResult of(CriterionId criterion, Verdict verdict, Evidence evidence) {
        return new CriterionResult(criterion, verdict, List.of(evidence), (Note) null);
    }

    /** A verdict no single message decided (nothing observed, nothing applicable), explained by a note. */
    public static CriterionResult withoutEvidence(CriterionId criterion, Verdict verdict, Note why) {
        return new CriterionResult(criterion, verdict, List.of(), why);
    }
}
