package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.SpellingChecker;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The engine's implementation of every criterion a rubric can apply. */
public final class StandardCriteria {

    private StandardCriteria() {}

    /** The criteria, reading chats with the built-in rubric's cues. */
    public static Map<CriterionId, Criterion> all(SpellingChecker speller) {
        return all(Rubric.standard().cues(), speller);
    }

    /**
     * The criteria, reading chats with {@code cues}.
     *
     * @param speller used by SPELLING; when null, SPELLING is left out
     */
    public static Map<CriterionId, Criterion> all(CueSet cues, SpellingChecker speller) {
        Discourtesy discourtesy = new Discourtesy(cues);
        HoldNotices holdNotices = new HoldNotices(cues);
        SupportVocabulary vocabulary = new SupportVocabulary(cues);
        List<Criterion> criteria = new ArrayList<>(List.of(
                new GreetingCriterion(cues),
                new ParaphraseCriterion(cues, vocabulary, holdNotices),
                new HoldNoticeCriterion(holdNotices),
                new HoldFollowUpCriterion(holdNotices),
                new ExplanationCriterion(cues),
                new TicketCriterion(cues),
                new FurtherHelpCriterion(cues),
                new DiagnosisCriterion(cues, vocabulary, holdNotices),
                new CustomerAppreciationCriterion(cues),
                new CourtesyCriterion(discourtesy),
                new EmpathyCriterion(cues, discourtesy),
                new PlainLanguageCriterion(cues)));
        if (speller != null) {
            criteria.add(new SpellingCriterion(speller));
        }
        Map<CriterionId, Criterion> byId = new EnumMap<>(CriterionId.class);
        criteria.forEach(criterion -> byId.put(criterion.id(), criterion));
        return byId;
    }
}
