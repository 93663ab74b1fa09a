package com.towebs.chatqa.evaluation.engine;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.criteria.Criterion;
import com.towebs.chatqa.evaluation.criteria.CriterionContext;
import com.towebs.chatqa.evaluation.criteria.StandardCriteria;
import com.towebs.chatqa.evaluation.language.SpellingChecker;
import com.towebs.chatqa.evaluation.profile.CustomerProfiler;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.CriterionRule;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.scoring.Score;
import com.towebs.chatqa.evaluation.scoring.ScoreCalculator;
import com.towebs.chatqa.evaluation.transcript.Chat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Grades chats under one rubric: detects the customer's profile, judges each criterion the rubric
 * applies, assesses how the agent handled the profile and computes the score. Thread-safe and
 * deterministic: the same chat and rubric always give the same evaluation.
 */
public final class Evaluator {

    private final Rubric rubric;
    private final List<Criterion> criteria;
    private final CustomerProfiler profiler;

    /**
     * @param speller the Spanish checker for SPELLING; may be null only if the rubric does not apply SPELLING
     */
    public Evaluator(Rubric rubric, SpellingChecker speller) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        if (speller == null && rubric.rule(CriterionId.SPELLING).isPresent()) {
            throw new IllegalArgumentException("rubric " + rubric.version() + " applies SPELLING: a speller is needed");
        }
        Map<CriterionId, Criterion> known = StandardCriteria.all(rubric.cues(), speller);
        this.profiler = new CustomerProfiler(rubric.cues());
        List<Criterion> applied = new ArrayList<>();
        for (CriterionRule rule : rubric.rules()) {
            applied.add(Objects.requireNonNull(known.get(rule.id()), () -> "no criterion implements " + rule.id()));
        }
        this.criteria = List.copyOf(applied);
    }

    public Rubric rubric() {
        return rubric;
    }

    public Evaluation evaluate(Chat chat) {
        AnalyzedChat analyzed = AnalyzedChat.of(chat);
        Map<CustomerType, List<Evidence>> signals = profiler.detect(analyzed);
        CriterionContext context = new CriterionContext(rubric.thresholds(), signals.keySet());
        Map<CriterionId, CriterionResult> results = new EnumMap<>(CriterionId.class);
        List<CriterionResult> ordered = new ArrayList<>(criteria.size());
        for (Criterion criterion : criteria) {
            CriterionResult result = criterion.assess(analyzed, context);
            results.put(result.criterion(), result);
            ordered.add(result);
        }
        List<ProfileFinding> profile = profiler.assessHandling(analyzed, signals, results);
        Score score = ScoreCalculator.score(rubric, chat.isOpen(), ordered);
        return new Evaluation(
                chat.id(),
                chat.source(),
                chat.agent().id(),
                chat.status(),
                rubric.version(),
                score.score(),
                score.scoreBeforeCap(),
                score.criticalFailure(),
                profile,
                ordered);
    }
}
