package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.rubric.CriterionId;

/**
 * Judges one criterion of the rubric on one chat. Implementations are stateless and thread-safe, decide
 * from the text and the timestamps only (deterministic), and back every verdict with evidence or a note.
 */
public interface Criterion {

    CriterionId id();

    CriterionResult assess(AnalyzedChat chat, CriterionContext context);
}
