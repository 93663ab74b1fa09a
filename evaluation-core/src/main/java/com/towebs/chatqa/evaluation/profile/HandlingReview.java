package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges the agent against the do / don't lists of the remote-support guidelines for one customer type. What
 * the criteria already judged is reused (EMPATHY for "apologise, show solidarity", COURTESY for "never be rude
 * back, never condescend", PLAIN_LANGUAGE for "no jargon", HOLD_FOLLOW_UP for a customer left waiting); the
 * rest is read here. MET: only things the guidelines ask for; NOT_MET: only things they warn against; PARTIAL:
 * both; NOT_OBSERVED: neither yet.
 */
final class HandlingReview {

    private final TextPattern transfer;
    private final TextPattern willToSolve;
    private final TextPattern steps;

    /** Questions the guidelines call obvious: power, cable, restarting. */
    private final TextPattern obvious;

    /** The agent says what it is checking and how: "voy a comparar la zona", "dejame revisar el log". */
    private final TextPattern approach;

    private final TextPattern refocus;

    /** Small talk the agent starts: "¿como estas?", "¿y vos?", "¿como se encuentra?". */
    private final TextPattern smallTalk;

    private final TextPattern openQuestion;

    private static final TextPattern QUESTION = TextPattern.compile("¿?(?:[^¿?.!]|\\.(?=[^\\s.!?]))+\\?");

    HandlingReview(CueSet cues) {
        transfer = cues.pattern("customers/angry", "transfer");
        willToSolve = cues.pattern("customers/rude", "will-to-solve");
        steps = cues.pattern("shared", "steps");
        obvious = cues.pattern("shared", "obvious-checks");
        approach = cues.pattern("customers/knowledgeable", "approach");
        refocus = cues.pattern("customers/talkative", "refocus");
        smallTalk = cues.pattern("customers/talkative", "small-talk");
        openQuestion = cues.pattern("customers/talkative", "open-question");
    }

    ProfileFinding handling(
            AnalyzedChat chat, CustomerType type, List<Evidence> signals, Map<CriterionId, CriterionResult> results) {
        Judgement judgement = new Judgement();
        List<AnalyzedMessage> agent = chat.agentMessages();
        switch (type) {
            case ANGRY -> {
                judgement.doneIf(results, CriterionId.EMPATHY, Verdict.MET, "handling.apologised-or-solidarity");
                judgement.avoidedIf(results, CriterionId.HOLD_FOLLOW_UP, Verdict.NOT_MET, "handling.left-waiting");
                judgement.avoidedIf(results, CriterionId.COURTESY, Verdict.NOT_MET, "handling.argued-blamed-rude");
                judgement.avoided(first(agent, transfer), "handling.transferred");
            }
            case RUDE -> {
                judgement.doneIf(results, CriterionId.EMPATHY, Verdict.MET, "handling.apologised");
                judgement.done(first(agent, willToSolve), "handling.wants-to-solve-fast");
                judgement.done(first(agent, steps), "handling.step-by-step");
                judgement.avoidedIf(results, CriterionId.COURTESY, Verdict.NOT_MET, "handling.rude-back");
                judgement.avoided(first(agent, obvious), "handling.obvious");
            }
            case TALKATIVE -> {
                judgement.done(first(agent, refocus), "handling.refocused");
                judgement.done(closedQuestion(agent), "handling.closed-question");
                judgement.avoided(first(agent, smallTalk), "handling.small-talk");
            }
            case KNOWLEDGEABLE -> {
                judgement.done(first(agent, approach), "handling.explained-checking");
                judgement.doneIf(results, CriterionId.EXPLANATION, Verdict.MET, "handling.explained-found");
                judgement.avoided(first(agent, obvious), "handling.obvious");
                judgement.avoidedIf(results, CriterionId.COURTESY, Verdict.NOT_MET, "handling.dismissive");
            }
            case INEXPERIENCED -> {
                judgement.doneIf(results, CriterionId.PLAIN_LANGUAGE, Verdict.MET, "handling.plain-words");
                judgement.done(first(agent, steps), "handling.step-by-step");
                judgement.avoidedIf(results, CriterionId.PLAIN_LANGUAGE, Verdict.NOT_MET, "handling.jargon");
                judgement.avoidedIf(results, CriterionId.COURTESY, Verdict.NOT_MET, "handling.condescending");
            }
        }
        return judgement.finding(type, signals);
    }

    private static Optional<Evidence> first(List<AnalyzedMessage> messages, TextPattern pattern) {
        return messages.stream()
                .map(m -> m.evidence(pattern))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A question answered with yes/no or a choice: it does not start with an interrogative word. */
    private Optional<Evidence> closedQuestion(List<AnalyzedMessage> messages) {
        for (AnalyzedMessage message : messages) {
            var questions = QUESTION.matcher(message.text().text());
            while (questions.find()) {
                String question = questions.group();
                if (!openQuestion.foundIn(question) && !smallTalk.foundIn(question)) {
                    return Optional.of(new Evidence(
                            message.index(),
                            message.text()
                                    .match(questions.start(), questions.end())
                                    .quote()));
                }
            }
        }
        return Optional.empty();
    }

    /** What the agent did that the guidelines ask for and what they warn against, with evidence. */
    private static final class Judgement {
        private final Set<Evidence> evidence = new LinkedHashSet<>();
        private final List<Note> done = new ArrayList<>();
        private final List<Note> avoided = new ArrayList<>();

        void done(Optional<Evidence> found, String what) {
            found.ifPresent(e -> {
                evidence.add(e);
                done.add(Note.of(what));
            });
        }

        void avoided(Optional<Evidence> found, String what) {
            found.ifPresent(e -> {
                evidence.add(e);
                avoided.add(Note.of(what));
            });
        }

        void doneIf(Map<CriterionId, CriterionResult> results, CriterionId id, Verdict verdict, String what) {
            CriterionResult result = results.get(id);
            if (result != null && result.verdict() == verdict) {
                evidence.addAll(result.evidence());
                done.add(Note.of(what));
            }
        }

        void avoidedIf(Map<CriterionId, CriterionResult> results, CriterionId id, Verdict verdict, String what) {
            CriterionResult result = results.get(id);
            if (result != null && result.verdict() == verdict) {
                evidence.addAll(result.evidence());
                avoided.add(Note.of(what));
            }
        }

        ProfileFinding finding(CustomerType type, List<Evidence> signals) {
            Verdict verdict;
            if (done.isEmpty() && avoided.isEmpty()) {
                verdict = Verdict.NOT_OBSERVED;
            } else if (avoided.isEmpty()) {
                verdict = Verdict.MET;
            } else if (done.isEmpty()) {
                verdict = Verdict.NOT_MET;
            } else {
                verdict = Verdict.PARTIAL;
            }
            Note note = switch (verdict) {
                case NOT_OBSERVED -> Note.of("handling.nothing-yet");
                case MET -> Note.of("handling.did", done);
                case NOT_MET -> Note.of("handling.did", avoided);
                default -> Note.of("handling.did-but", done, avoided);
            };
            return new ProfileFinding(type, signals, verdict, List.copyOf(evidence), note);
        }
    }
}
