package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.Optional;
import java.util.Set;

/**
 * DIAGNOSIS: before answering, the agent asks questions or runs or proposes tests to understand the problem
 * ("¿desde que enlace intentas entrar?", "¿te aparece algun error?", "proba entrar desde webmail y contame",
 * "hice unas pruebas de envio"). The rubric's own examples include the agent's tests, so tests the agent
 * reports having made count as well as tests it proposes.
 *
 * <p>Questions that do not try to understand the problem do not count: the opening "¿en que puedo ayudarte?",
 * "¿algo mas?", courtesy ("¿seguis ahi?"), offers ("¿queres que te genere un ticket?") and requests that only
 * identify the account: panel user and password (the rubric leaves asking for them to the agent's choice and
 * neither rewards nor penalises it), the domain name or the mailbox alone. Naming the domain tells the agent
 * which account to look at, not what is wrong with it; "¿el dominio lo registraste con nosotros?" or "¿cual
 * es la casilla que no recibe?" do ask about the problem.
 */
final class DiagnosisCriterion implements Criterion {

    private static final String FILE = "criteria/diagnosis";

    /** A test proposed to the customer, or one the agent says it ran. */
    private final TextPattern test;

    /** Phrasing that asks without a question mark: "indicame desde que enlace...", "necesito saber si...". */
    private final TextPattern indirectQuestion;

    /** What makes a question about the problem: symptoms, history, scope, the customer's set-up, hypotheses. */
    private final TextPattern problemCue;

    /** Questions about something other than the problem. */
    private final TextPattern notAboutTheProblem;

    /** A question about what the customer will do or choose, not about what went wrong: "¿vas a entrar con clave o...?" */
    private final TextPattern choice;

    /**
     * A request for an account identifier and nothing else: "decime el gmail", "¿me decis cual es la direccion
     * exacta?". Anything after the identifier ("la direccion a la que le escribis") makes it about the problem.
     */
    private final TextPattern bareIdentifier;

    /** Asking only who or which account: user, password, domain, mailbox, e-mail, name, tax number... */
    private final TextPattern identifier;

    /** The agent says the problem is fixed: a test proposed after this verifies the fix, it does not diagnose. */
    private final TextPattern fixed;

    /** After a fix, "¿ahora te anda?" or "¿pudiste entrar?" checks the fix rather than probing the problem. */
    private final TextPattern verification;

    private final SupportVocabulary vocabulary;
    private final HoldNotices holdNotices;

    /** Keys of a text's diagnosing sentence, which depends on whether a fix was announced before. */
    private final Object beforeFix = new Object();

    private final Object afterFix = new Object();

    DiagnosisCriterion(CueSet cues, SupportVocabulary vocabulary, HoldNotices holdNotices) {
        test = cues.pattern(FILE, "test");
        indirectQuestion = cues.pattern(FILE, "indirect-question");
        problemCue = cues.pattern(FILE, "problem-cue");
        notAboutTheProblem = cues.pattern(FILE, "not-about-the-problem");
        choice = cues.pattern(FILE, "choice");
        bareIdentifier = cues.pattern(FILE, "bare-identifier");
        identifier = cues.pattern(FILE, "identifier");
        fixed = cues.pattern(FILE, "fixed");
        verification = cues.pattern(FILE, "verification");
        this.vocabulary = vocabulary;
        this.holdNotices = holdNotices;
    }

    @Override
    public CriterionId id() {
        return CriterionId.DIAGNOSIS;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        boolean fixed = false;
        for (AnalyzedMessage message : chat.agentMessages()) {
            Optional<Evidence> diagnosis = diagnosis(message, fixed);
            if (diagnosis.isPresent()) {
                return CriterionResult.of(id(), Verdict.MET, diagnosis.get());
            }
            fixed |= Sentences.of(message.text()).stream().anyMatch(this::announcesFix);
        }
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, Note.of("diagnosis.none"));
    }

    private Optional<Evidence> diagnosis(AnalyzedMessage message, boolean fixedBefore) {
        return message.text()
                .fact(fixedBefore ? afterFix : beforeFix, text -> diagnosingSentence(text, fixedBefore))
                .map(sentence -> quote(message, sentence));
    }

    /** The sentence of a text that diagnoses, read once per text and state (agents repeat their questions). */
    private Optional<Sentences.Sentence> diagnosingSentence(NormalizedText message, boolean fixedBefore) {
        boolean fixed = fixedBefore;
        for (Sentences.Sentence sentence : Sentences.of(message)) {
            String text = sentence.text();
            fixed |= announcesFix(sentence);
            if (!fixed && test.foundIn(text)) {
                return Optional.of(sentence);
            }
            boolean asks = sentence.question() || indirectQuestion.foundIn(text);
            if (asks && aboutTheProblem(text) && !(fixed && verification.foundIn(text))) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    /** "ya esta" in a question ("¿la zona ya esta creada?") asks; only a statement announces a fix. */
    private boolean announcesFix(Sentences.Sentence sentence) {
        return !sentence.question() && fixed.foundIn(sentence.text());
    }

    private boolean aboutTheProblem(String question) {
        if (notAboutTheProblem.foundIn(question)
                || choice.foundIn(question)
                || bareIdentifier.foundIn(question)
                || holdNotices.in(SpanishNormalizer.normalize(question)).isPresent()) {
            return false;
        }
        if (problemCue.foundIn(question)) {
            return true;
        }
        // The problem's topic in the question's own words ("¿te llegan los mails?", "¿no carga la web?"), once
        // the account identifiers are set aside: "¿cual es tu dominio?" names an account, not a symptom.
        Set<String> topics = vocabulary.topics(identifier.matcher(question).replaceAll(" "));
        topics.removeAll(Set.of("mail", "domain", "password", "panel", "site"));
        return !topics.isEmpty();
    }

    private static Evidence quote(AnalyzedMessage message, Sentences.Sentence sentence) {
        return new Evidence(
                message.index(),
                message.text()
                        .match(
                                sentence.start(),
                                sentence.start() + sentence.text().length())
                        .quote());
    }
}
