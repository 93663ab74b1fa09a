package com.towebs.chatqa.operations.model;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;

/** One criterion's verdict within a stored evaluation, with its evidence. */
@Embeddable
public class StoredCriterionResult {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionId criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;

    private String note;

    @Column(nullable = false)
    private String evidence;

    protected StoredCriterionResult() {}

    StoredCriterionResult(CriterionResult result) {
        this.criterion = result.criterion();
        this.verdict = result.verdict();
        this.note = result.note();
        this.evidence = EvidenceJson.write(result.evidence());
    }

    public CriterionResult toResult() {
        return new CriterionResult(criterion, verdict, getEvidence(), note);
    }

    public CriterionId getCriterion() {
        return criterion;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getNote() {
        return note;
    }

    public List<Evidence> getEvidence() {
        return EvidenceJson.read(evidence);
    }
}
