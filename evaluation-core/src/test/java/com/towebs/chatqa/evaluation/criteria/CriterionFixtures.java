package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.Thresholds;
import java.util.Map;
import java.util.Set;

/**
 * The context the criteria are judged in by these tests (the thresholds of the standard rubric) and the criteria
 * as the engine builds them, reading the built-in rubric's cues.
 */
final class CriterionFixtures {

    static final CriterionContext CONTEXT = new CriterionContext(new Thresholds(90, 150, 1.5, 4.0, 5), Set.of());

    private static final Map<CriterionId, Criterion> STANDARD =
            StandardCriteria.all(Rubric.standard().cues(), null);

    private CriterionFixtures() {}

    static Criterion standard(CriterionId id) {
        return STANDARD.get(id);
    }
}
