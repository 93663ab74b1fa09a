package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Optional;

/**
 * EMPATHY: the agent apologises for the wait or the trouble, or shows solidarity with the customer's
 * situation. Three families: an apology with what it is for ("disculpa la demora", "perdon por hacerte
 * esperar", "mil disculpas por las molestias"), an apology that stands alone ("Si, perdon." after "sigue
 * ahi??"), and solidarity ("lamento el inconveniente", "entiendo lo frustrante que es", "tenes toda la razon en
 * estar molesto", "que macana").
 *
 * <p>Not empathy: "perdon, ¿me repetis el dominio?" (excuse me before a question), "no tenes que
 * disculparte" (the customer's apology waved away), a bare "entiendo" or "me imagino!" (acknowledgement), and
 * any apology inside a discourteous message ("perdon por intentar ayudarte"): that is sarcasm.
 */
final class EmpathyCriterion implements Criterion {

    private static final String APOLOGY = "(?:perdon|perdona|perdoname|perdone|perdoneme|perdonen|disculpa|disculpame|"
            + "disculpe|disculpeme|disculpen|disculpas|mil\\s+disculpas|mil\\s+perdones|sorry|"
            + "(?:te|le|les)\\s+(?:pido|pedimos)\\s+(?:mil\\s+)?(?:disculpas|perdon)|"
            + "(?:pido|pedimos)\\s+(?:mil\\s+)?(?:disculpas|perdon)|(?:mis|nuestras)\\s+disculpas|lo\\s+siento|"
            + "lo\\s+sentimos|siento|sentimos)";

    private static final String TROUBLE = "(?:(?:la|las|el|los|tanta|tanto|este|esta|estos|estas|todo\\s+el|toda\\s+la|"
            + "cualquier|mi|nuestra|nuestro)\\s+)?(?:demora|demoras|espera|esperas|tardanza|retraso|molestia|molestias|"
            + "inconveniente|inconvenientes|mal\\s+momento|mal\\s+rato|malestar|problema|problemas|lio|situacion|"
            + "confusion|error|errores|falla|contratiempo|contratiempos|trastorno|hacerte\\s+esperar|hacerlo\\s+esperar|"
            + "hacerla\\s+esperar|haberte\\s+hecho\\s+esperar|tardar|tardarme|demorarme|demorar)\\b";

    private static final List<TextPattern> CUES = List.of(
            // An apology with what it is for: "disculpa la demora", "perdon por el problema", "siento las molestias".
            TextPattern.compile("(?<!\\bno\\s)\\b" + APOLOGY + "\\s+(?:mucho\\s+|muchisimo\\s+)?(?:(?:por|de)\\s+)?"
                    + "(?:que\\s+(?:te|le|les)\\s+(?:haya|hayamos|hice|hicimos|haga|hagamos|tuve|tuvimos)\\s+(?:hecho\\s+|que\\s+)?esperar|"
                    + "que\\s+(?:me|nos)\\s+(?:demore|demoramos|tarde|tardamos|haya\\s+demorado)|" + TROUBLE + ")"),
            // Strong apologies that need no object: "te pido disculpas", "mil disculpas", "lo siento mucho".
            TextPattern.compile(
                    "(?<!\\bno\\s)\\b(?:(?:te|le|les)\\s+(?:pido|pedimos)\\s+(?:mil\\s+)?(?:disculpas|perdon)|"
                            + "mil\\s+(?:disculpas|perdones)|(?:mis|nuestras)\\s+disculpas|lo\\s+(?:siento|sentimos)|"
                            + "te\\s+debo\\s+una\\s+disculpa)\\b"),
            // Regret and solidarity.
            TextPattern.compile(
                    "(?<!\\bno\\s)\\blament(?:o|amos|a|e)\\b|\\bsiento\\s+mucho\\b|\\bsentimos\\s+mucho\\b"),
            TextPattern.compile(
                    "\\b(?:entiendo|entendemos|comprendo|comprendemos)\\s+(?:perfectamente\\s+|totalmente\\s+|"
                            + "completamente\\s+)?(?:tu|su|la|el|lo\\s+de\\s+tu|tus|sus)\\s+(?:enojo|bronca|molestia|frustracion|"
                            + "preocupacion|urgencia|malestar|apuro|fastidio|impaciencia|disgusto|angustia|nervios|"
                            + "desesperacion|situacion|preocupaciones|inquietud)\\b"),
            TextPattern.compile("\\b(?:entiendo|entendemos|comprendo|me\\s+imagino|imagino|nos\\s+imaginamos)\\s+"
                    + "(?:perfectamente\\s+|totalmente\\s+)?(?:lo|que|como|cuan)\\b[^.!?;]{0,50}?\\b(?:frustrante|molest[oa]|"
                    + "complicad[oa]|dificil|grave|feo|preocupante|estresante|incomod[oa]|urgente|angustiante|"
                    + "un\\s+garron|una\\s+macana|un\\s+problema|un\\s+lio|un\\s+bajon|preocupad[oa]|enojad[oa]|"
                    + "importante\\s+(?:que|para)|perjudica\\w*)\\b"),
            TextPattern.compile(
                    "\\b(?:debe|tiene\\s+que|debe\\s+de)\\s+ser\\s+(?:re\\s+|muy\\s+|super\\s+|bastante\\s+|realmente\\s+)?"
                            + "(?:frustrante|molesto|complicado|dificil|feo|estresante|un\\s+garron|una\\s+macana|preocupante|"
                            + "angustiante|incomodo)\\b"),
            TextPattern.compile(
                    "\\b(?:tenes|tiene|tienen|tenias|tenia)\\s+toda\\s+la\\s+razon\\b|\\brazon\\s+(?:en|de)\\s+estar\\s+"
                            + "(?:molest|enojad|preocupad|disgustad)\\w*|\\bes\\s+(?:re\\s+|muy\\s+|totalmente\\s+|completamente\\s+)?"
                            + "(?:entendible|comprensible)\\b"),
            TextPattern.compile(
                    "(?<!\\bno\\s)(?<!\\bsi\\s)\\b(?:te|la|lo|los|las)\\s+entiendo\\b(?!\\s+bien)|\\bme\\s+pongo\\s+en\\s+"
                            + "(?:tu|su)\\s+lugar\\b"),
            TextPattern.compile("\\b(?:quedate|quedese|quedense|quedate\\s+re)\\s+tranquil[oa]s?\\b"),
            TextPattern.compile("\\bque\\s+(?:macana|garron|bajon|bronca|lastima|pena|embole|feo|cagada)\\b"
                    + "(?=\\s*(?:[!.,;]|$|lo\\s+de|que\\s+(?:te|le)|con))"));

    /**
     * A bare apology opening a sentence ("Si, perdon.", "Uy, disculpa, me demore"): it apologises for the
     * delay or slip it follows. Not when it introduces a question or an objection ("perdon, ¿me pasas...?",
     * "disculpa, pero...").
     */
    private static final TextPattern BARE_APOLOGY =
            TextPattern.compile("(?:^|[.!?]\\s*|\\b(?:si|uy|ay|ah|ups|oh|bueno|ok|ahi),?\\s+)"
                    + "(?:perdon|perdona|perdoname|perdone|disculpa|disculpame|disculpe|disculpen|sorry)\\b"
                    + "(?!\\s*,?\\s*(?:¿|pero\\b|que\\s+(?:te|le)\\s+(?:pregunte|moleste|insista|interrumpa)|si\\s+(?:te|le)\\s+"
                    + "(?:pregunto|molesto)|me\\s+(?:repetis|repite|pasas|pasa|confirmas|confirma|decis|dice)))");

    @Override
    public CriterionId id() {
        return CriterionId.EMPATHY;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        for (AnalyzedMessage message : chat.agentMessages()) {
            if (Discourtesy.inChat(chat).containsKey(message.index())) {
                continue;
            }
            Optional<Evidence> found = empathy(message);
            if (found.isPresent()) {
                return CriterionResult.of(id(), Verdict.MET, found.get());
            }
        }
        return CriterionResult.withoutEvidence(
                id(),
                Verdict.NOT_OBSERVED,
                "the agent neither apologised for the wait or the trouble nor showed solidarity");
    }

    private static Optional<Evidence> empathy(AnalyzedMessage message) {
        for (TextPattern cue : CUES) {
            Optional<Evidence> found = message.evidence(cue);
            if (found.isPresent()) {
                return found;
            }
        }
        return message.evidence(BARE_APOLOGY);
    }
}
