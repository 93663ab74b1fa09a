package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.language.SpellingChecker;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The engine's implementation of every criterion a rubric can apply. */
public final class StandardCriteria {

    private StandardCriteria() {}

    /** @param speller used by SPELLING; when null, SPELLING is left out */
    public static Map<CriterionId, Criterion> all(SpellingChecker speller) {
        List<Criterion> criteria = new java.util.ArrayList<>(List.of(
                new GreetingCriterion(),
                new ParaphraseCriterion(),
                new HoldNoticeCriterion(),
                new HoldFollowUpCriterion(),
                new ExplanationCriterion(),
                new TicketCriterion(),
                new FurtherHelpCriterion(),
                new DiagnosisCriterion(),
                new CustomerAppreciationCriterion(),
                new CourtesyCriterion(),
                new EmpathyCriterion(),
                new PlainLanguageCriterion()));
        if (speller != null) {
            criteria.add(new SpellingCriterion(speller));
        }
        Map<CriterionId, Criterion> byId = new EnumMap<>(CriterionId.class);
        criteria.forEach(criterion -> byId.put(criterion.id(), criterion));
        return byId;
    }
}
