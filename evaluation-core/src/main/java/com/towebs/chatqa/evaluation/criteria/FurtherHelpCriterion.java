package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.Optional;

/**
 * FURTHER_HELP: the agent offers help beyond the problem at hand ("¿te puedo ayudar en algo mas?", "¿alguna
 * otra consulta?", "cualquier otra duda, escribinos"). The opening "¿en que puedo ayudarte?" offers help with
 * the first problem, not further help, so an offer needs "mas" / "otra" / "cualquier" / standing availability.
 */
final class FurtherHelpCriterion implements Criterion {

    private static final String MORE =
            "(?:algo|alguna\\s+cosa|alguna\\s+otra\\s+cosa|otra\\s+cosa|algun\\s+otro\\s+tema|"
                    + "otro\\s+tema|algun\\s+otro\\s+inconveniente|alguna\\s+otra\\s+consulta|otra\\s+consulta|otra\\s+duda|"
                    + "alguna\\s+otra\\s+duda|algun\\s+otro\\s+problema|otro\\s+problema|otra\\s+gestion|otro\\s+asunto)";

    private static final TextPattern OFFER = TextPattern.compile("\\b(?:"
            // "¿te puedo ayudar en algo mas?", "¿podemos ayudarte con alguna otra cosa?", "¿te ayudo con otra cosa?"
            + "ayud\\w*\\s+(?:en|con)\\s+" + MORE + "(?:\\s+mas)?"
            + "|(?:en|con)\\s+" + MORE + "\\s+(?:mas\\s+)?(?:en\\s+que|que)\\s+(?:te|le|les)\\s+(?:pueda|podamos)"
            // "¿algo mas?", "¿necesitas algo mas?", "¿hay algo mas en que...?", "¿alguna otra consulta?"
            + "|(?:algo|alguna\\s+cosa|alguna\\s+otra\\s+cosa|algun\\s+otro\\s+tema|alguna\\s+consulta|alguna\\s+duda)"
            + "\\s+mas\\b(?=[^.!]{0,60}\\?|[\\s,]*(?:que|en\\s+que|para|con\\s+lo\\s+que)\\s+(?:te|le|les)?\\s*"
            + "(?:pueda|podamos|ayude|ayudemos|necesit))"
            + "|(?:tenes|tiene|tienen|tendras|hay|te\\s+queda|le\\s+queda|quedo|queda)\\s+(?:alguna|algun|otra|otro)"
            + "\\s+(?:otra\\s+|otro\\s+)?(?:consulta|duda|tema|pregunta|inquietud|cosa|problema|inconveniente)"
            + "|(?:alguna|algun)\\s+otr[oa]\\s+(?:consulta|duda|tema|pregunta|inquietud|cosa|problema|inconveniente)"
            + "|otra\\s+consulta\\s*\\?"
            + "|(?:necesitas|necesita|necesitan|precisas|precisa|queres|quiere|deseas|desea)\\s+" + MORE
            + "|(?:cualquier|ante\\s+cualquier|por\\s+cualquier)\\s+(?:otra\\s+)?(?:consulta|duda|cosa|otra\\s+cosa|"
            + "inquietud|problema|inconveniente|novedad|tema)"
            + "|(?:quedo|quedamos|estoy|estamos|seguimos|sigo)\\s+(?:a\\s+(?:tu|su|vuestra)\\s+(?:entera\\s+)?"
            + "disposicion|a\\s+disposicion|atent[oa]s?\\s+a\\s+(?:tu|su|lo)|para\\s+lo\\s+que\\s+necesit\\w+)"
            + "|para\\s+lo\\s+que\\s+(?:necesites|necesite|necesiten|precises)"
            + "|lo\\s+que\\s+(?:necesites|necesite|precises),?\\s+(?:estamos|aca|escribinos|avisame|avisanos)"
            + ")\\b");

    @Override
    public CriterionId id() {
        return CriterionId.FURTHER_HELP;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        for (AnalyzedMessage message : chat.agentMessages()) {
            Optional<Evidence> offer = message.evidence(OFFER);
            if (offer.isPresent()) {
                return CriterionResult.of(id(), Verdict.MET, offer.get());
            }
        }
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, "the agent did not offer further help");
    }
}
