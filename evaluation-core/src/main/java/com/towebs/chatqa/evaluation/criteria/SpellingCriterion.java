package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.SpellingChecker;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Thresholds;
import java.util.ArrayList;
import java.util.List;

/**
 * SPELLING: misspelled words per 100 words of the agent's own messages (the panel's canned system
 * messages are not the agent's writing), judged by the rubric's thresholds. Every error is evidence.
 */
final class SpellingCriterion implements Criterion {

    /** Enough to show a pattern without burying the other criteria's evidence. */
    private static final int MAX_EVIDENCE = 12;

    private final SpellingChecker speller;

    SpellingCriterion(SpellingChecker speller) {
        this.speller = speller;
    }

    @Override
    public CriterionId id() {
        return CriterionId.SPELLING;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        Thresholds thresholds = context.thresholds();
        int words = 0;
        int errors = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (AnalyzedMessage message : chat.agentMessages()) {
            Checked checked = message.text().fact(this, this::check);
            words += checked.words();
            for (SpellingChecker.Misspelling misspelling : checked.misspellings()) {
                errors++;
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.add(new Evidence(message.index(), misspelling.word()));
                }
            }
        }
        if (words < thresholds.spellingMinWords()) {
            return CriterionResult.withoutEvidence(id(), Verdict.NOT_APPLICABLE, Note.of("spelling.too-few", words));
        }
        double per100 = errors * 100.0 / words;
        Verdict verdict = per100 <= thresholds.spellingMetMaxErrorsPer100()
                ? Verdict.MET
                : per100 <= thresholds.spellingPartialMaxErrorsPer100() ? Verdict.PARTIAL : Verdict.NOT_MET;
        Note note = Note.of("spelling.rate", errors, words, Note.oneDecimal(per100));
        return CriterionResult.of(id(), verdict, evidence, note);
    }

    /** What this criterion's speller says of a message text. */
    private record Checked(int words, List<SpellingChecker.Misspelling> misspellings) {}

    /**
     * Checks a text once per thread (agents paste the same phrases), remembered under this criterion, that is
     * under its speller.
     */
    private Checked check(NormalizedText text) {
        String written = text.original();
        return new Checked(speller.countWords(written), List.copyOf(speller.misspellings(written)));
    }
}
