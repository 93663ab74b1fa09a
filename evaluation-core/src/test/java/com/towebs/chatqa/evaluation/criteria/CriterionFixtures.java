package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.rubric.Thresholds;
import java.util.Set;

/** The context the criteria are judged in by these tests: the thresholds of the standard rubric. */
final class CriterionFixtures {

    static final CriterionContext CONTEXT = new CriterionContext(new Thresholds(90, 150, 1.5, 4.0, 5), Set.of());

    private CriterionFixtures() {}
}
