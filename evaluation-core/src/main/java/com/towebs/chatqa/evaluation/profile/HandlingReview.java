package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
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

    private static final TextPattern TRANSFER =
            TextPattern.compile("\\b(?:te|lo|la|le|los)\\s+(?:transfiero|derivo|paso\\s+con|"
                    + "comunico\\s+con)\\b|\\b(?:voy\\s+a|tengo\\s+que)\\s+(?:transferirte|transferirlo|derivarte|derivarlo|"
                    + "pasarte\\s+con)\\b|\\bte\\s+van\\s+a\\s+(?:atender|transferir)\\s+(?:desde\\s+)?otr[oa]\\b");

    private static final TextPattern WILL_TO_SOLVE =
            TextPattern.compile("\\b(?:lo\\s+antes\\s+posible|cuanto\\s+antes|lo\\s+mas\\s+"
                    + "rapido\\s+(?:posible|que\\s+pueda)|ya\\s+mismo|ahora\\s+mismo|de\\s+inmediato|enseguida|"
                    + "(?:quiero|queremos|vamos\\s+a|voy\\s+a)\\s+(?:resolverlo|solucionarlo|resolver|solucionar|que\\s+(?:lo\\s+)?tengas)|"
                    + "lo\\s+(?:resolvemos|solucionamos|vemos)\\s+(?:ya|ahora|juntos|rapido))\\b");

    private static final TextPattern STEPS = TextPattern.compile(
            "\\bpaso\\s+a\\s+paso\\b|(?:^|\\s)1\\s*[).-]\\s*\\w|\\bprimero\\b" + "|\\bvamos\\s+por\\s+partes\\b");

    /** Questions the guidelines call obvious: power, cable, restarting. */
    private static final TextPattern OBVIOUS =
            TextPattern.compile("\\b(?:reiniciaste|reinicio|reinicia|reinicia\\s+la|reiniciar|"
                    + "apagaste\\s+y\\s+prendiste|apagar\\s+y\\s+prender|apaga\\s+y\\s+prende|enchufad[oa]|enchufaste|"
                    + "cable|prendida|prendido|conectad[oa]\\s+a\\s+internet|tenes\\s+internet|tiene\\s+internet)\\b");

    /** The agent says what it is checking and how: "voy a comparar la zona", "dejame revisar el log". */
    private static final TextPattern APPROACH =
            TextPattern.compile("\\b(?:voy\\s+a|vamos\\s+a|dejame|permitime|me\\s+fijo|reviso|"
                    + "verifico|chequeo|comparo|busco|estoy)\\s+(?:revisar|verificar|chequear|comparar|mirar|buscar|probar|"
                    + "revisando|verificando|chequeando|comparando|mirando|buscando|probando)?\\s*(?:el|la|los|las|en\\s+el|"
                    + "en\\s+la|en\\s+los|que|si|cuanto|como|por\\s+que)\\s+\\w+");

    private static final TextPattern REFOCUS =
            TextPattern.compile("\\b(?:vamos\\s+por\\s+partes|volviendo\\s+(?:al|a\\s+lo)|"
                    + "retomando|para\\s+organizarnos|para\\s+avanzar|enfoquemonos|centremonos|vamos\\s+a\\s+lo\\s+(?:tuyo|suyo|"
                    + "del|de)|bien,?\\s+contame|bueno,?\\s+contame|bueno,?\\s+vamos|sigamos\\s+con|con\\s+respecto\\s+a\\s+(?:tu|su)\\s+"
                    + "(?:consulta|problema)|en\\s+cuanto\\s+a\\s+(?:tu|su)\\s+(?:consulta|problema))\\b");

    /** Small talk the agent starts: "¿como estas?", "¿y vos?", "¿como se encuentra?". */
    private static final TextPattern SMALL_TALK =
            TextPattern.compile("\\b(?:como\\s+(?:estas|esta|estan|andas|anda|te\\s+va|le\\s+va|"
                    + "se\\s+encuentra|te\\s+encontras|va\\s+todo|va\\s+tu\\s+dia|estuvo)|y\\s+vos|y\\s+usted|que\\s+tal\\s+(?:tu|su|el)\\s+"
                    + "(?:dia|fin|finde|semana))\\s*\\?|(?:^|¿|,)\\s*(?:vos|usted)\\s*\\?");

    private static final TextPattern QUESTION = TextPattern.compile("¿?(?:[^¿?.!]|\\.(?=[^\\s.!?]))+\\?");
    private static final TextPattern OPEN_QUESTION = TextPattern.compile(
            "^\\s*¿?\\s*(?:y\\s+)?(?:que|cual|cuales|como|donde|cuando|"
                    + "cuanto|cuantos|cuantas|por\\s+que|quien|desde\\s+(?:que|cuando|donde)|en\\s+que|a\\s+que|de\\s+que|para\\s+que)\\b");

    ProfileFinding handling(
            AnalyzedChat chat, CustomerType type, List<Evidence> signals, Map<CriterionId, CriterionResult> results) {
        Judgement judgement = new Judgement();
        List<AnalyzedMessage> agent = chat.agentMessages();
        switch (type) {
            case ANGRY -> {
                judgement.doneIf(results, CriterionId.EMPATHY, Verdict.MET, "apologised or showed solidarity");
                judgement.avoidedIf(results, CriterionId.HOLD_FOLLOW_UP, Verdict.NOT_MET, "left the customer waiting");
                judgement.avoidedIf(results, CriterionId.COURTESY, Verdict.NOT_MET, "argued, blamed or was rude");
                judgement.avoided(first(agent, TRANSFER), "transferred the customer");
            }
            case RUDE -> {
                judgement.doneIf(results, CriterionId.EMPATHY, Verdict.MET, "apologised");
                judgement.done(first(agent, WILL_TO_SOLVE), "said it wants to solve it fast");
                judgement.done(first(agent, STEPS), "went step by step");
                judgement.avoidedIf(results, CriterionId.COURTESY, Verdict.NOT_MET, "was rude back");
                judgement.avoided(first(agent, OBVIOUS), "asked for something obvious");
            }
            case TALKATIVE -> {
                judgement.done(first(agent, REFOCUS), "refocused the conversation");
                judgement.done(closedQuestion(agent), "asked a closed question");
                judgement.avoided(first(agent, SMALL_TALK), "encouraged small talk");
            }
            case KNOWLEDGEABLE -> {
                judgement.done(first(agent, APPROACH), "explained what it was checking");
                judgement.doneIf(results, CriterionId.EXPLANATION, Verdict.MET, "explained what it found");
                judgement.avoided(first(agent, OBVIOUS), "asked for something obvious");
                judgement.avoidedIf(results, CriterionId.COURTESY, Verdict.NOT_MET, "was dismissive");
            }
            case INEXPERIENCED -> {
                judgement.doneIf(results, CriterionId.PLAIN_LANGUAGE, Verdict.MET, "used plain words");
                judgement.done(first(agent, STEPS), "went step by step");
                judgement.avoidedIf(results, CriterionId.PLAIN_LANGUAGE, Verdict.NOT_MET, "used unexplained jargon");
                judgement.avoidedIf(results, CriterionId.COURTESY, Verdict.NOT_MET, "was condescending");
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
    private static Optional<Evidence> closedQuestion(List<AnalyzedMessage> messages) {
        for (AnalyzedMessage message : messages) {
            var questions = QUESTION.matcher(message.text().text());
            while (questions.find()) {
                String question = questions.group();
                if (!OPEN_QUESTION.foundIn(question) && !SMALL_TALK.foundIn(question)) {
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
        private final List<String> done = new ArrayList<>();
        private final List<String> avoided = new ArrayList<>();

        void done(Optional<Evidence> found, String what) {
            found.ifPresent(e -> {
                evidence.add(e);
                done.add(what);
            });
        }

        void avoided(Optional<Evidence> found, String what) {
            found.ifPresent(e -> {
                evidence.add(e);
                avoided.add(what);
            });
        }

        void doneIf(Map<CriterionId, CriterionResult> results, CriterionId id, Verdict verdict, String what) {
            CriterionResult result = results.get(id);
            if (result != null && result.verdict() == verdict) {
                evidence.addAll(result.evidence());
                done.add(what);
            }
        }

        void avoidedIf(Map<CriterionId, CriterionResult> results, CriterionId id, Verdict verdict, String what) {
            CriterionResult result = results.get(id);
            if (result != null && result.verdict() == verdict) {
                evidence.addAll(result.evidence());
                avoided.add(what);
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
            String note = switch (verdict) {
                case NOT_OBSERVED -> "nothing the guidelines ask for or warn against yet";
                case MET -> "the agent " + String.join(", ", done);
                case NOT_MET -> "the agent " + String.join(", ", avoided);
                default -> "the agent " + String.join(", ", done) + "; but " + String.join(", ", avoided);
            };
            return new ProfileFinding(type, signals, verdict, List.copyOf(evidence), note);
        }
    }
}
