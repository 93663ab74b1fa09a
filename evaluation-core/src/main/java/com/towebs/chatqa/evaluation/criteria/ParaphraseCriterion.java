package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * PARAPHRASE: the agent shows it understood the problem by restating it in its own words ("Entiendo, estas
 * teniendo problemas con el envio de mails"). A restatement is either framed as understanding ("entiendo,",
 * "o sea que", "si te entendi bien", "me decis que", "por lo que me contas") or describes the customer's
 * problem in the second person ("no te llegan los correos", "tenes problemas para entrar al panel"), and in
 * both cases it must carry what the customer said: a content word in common, or the same topic in other
 * words (customer "no salen los mails", agent "problemas con el envio de correos"). A bare "ok",
 * "entiendo" or "perfecto", or "entiendo tu molestia", restates nothing.
 */
final class ParaphraseCriterion implements Criterion {

    /** Framings of understanding; what follows them in the sentence is the restatement. */
    private static final TextPattern FRAMING = TextPattern.compile("\\b(?:"
            + "(?:si|a ver si|dejame ver si|para ver si|para confirmar si)\\s+(?:no\\s+)?(?:te\\s+|le\\s+|les\\s+)?"
            + "(?:entendi|entiendo|comprendi|interprete|sigo)(?:\\s+(?:bien|mal))?"
            + "|si no me equivoco|corregime si me equivoco|corrijame si me equivoco"
            + "|(?:veo|entiendo|noto)\\s+entonces"
            + "|entiendo|entendi|entendido|comprendo|comprendido"
            + "|o sea|osea|es decir|en otras palabras|en resumen|resumiendo|(?<=^)(?:entonces|asi que)"
            + "|(?<=^)(?:bien|ok|perfecto|dale|bueno|claro|listo|genial)\\s*,?\\s*(?:entonces|asi que)"
            + "|me (?:decis|dices|dice|dicen|comentas|comenta|contas|cuentas|cuenta|indicas|indica|mencionas|menciona"
            + "|planteas|plantea|explicas|explica|decias|comentabas|contabas|escribiste|comentaste|contaste|dijiste"
            + "|indicaste|mencionaste|explicaste|senalas|senala|reportas|reporta)"
            + "|por lo que (?:me\\s+)?(?:contas|decis|comentas|indicas|cuenta|dice|comenta|indica|entiendo|leo"
            + "|describis|describe|mencionas|explicas|explica|planteas)"
            + "|segun (?:lo que\\s+)?(?:me\\s+)?(?:contas|decis|comentas|indicas|cuenta|dice|comenta|indica|describis"
            + "|mencionas|explicas)"
            + "|lo que (?:me\\s+)?(?:decis|contas|planteas|comentas|describis|indicas|mencionas|reportas) es"
            + "|lo que (?:necesitas|necesita|queres|quiere|buscas|busca|estas buscando|te interesa|pretendes|precisas"
            + "|deseas|desea)(?: es|(?=\\s*:))"
            + "|(?<=^)(?:(?:perfecto|bien|ok|dale|claro|bueno|genial|entiendo|comprendo)\\s*[,:]?\\s*)?"
            + "(?=(?:queres|necesitas|precisas|buscas|estas buscando|quisieras|deseas|desea|necesita|quiere|"
            + "quieren|necesitan)\\b)"
            + "|(?:tu|su) (?:consulta|problema|inconveniente|pedido|caso|reclamo) (?:es|seria|pasa por)"
            + ")\\b[\\s,:]*(?:que\\b)?[\\s,:]*");

    /** A restatement put to the customer for confirmation: "..., ¿no?", "..., ¿es asi?", "..., ¿correcto?" */
    private static final TextPattern CONFIRMATION_TAG = TextPattern.compile(
            ",?\\s*¿?\\s*(?:no|es asi|correcto|verdad|cierto|si|entendi bien|es correcto|te entendi bien|no es asi)"
                    + "\\s*\\?$");

    /** "veo que" frames a restatement only when it describes the customer's problem ("veo que no podes..."). */
    private static final TextPattern I_SEE = TextPattern.compile("\\b(?:ya\\s+)?veo\\s+(?:que\\s+)?");

    /** The customer's problem described in the second person. */
    private static final TextPattern YOUR_PROBLEM = TextPattern.compile("\\b(?:"
            + "(?:estas|esta|estan|estes|este)\\s+teniendo\\s+(?:algun\\w*\\s+|un\\w*\\s+)?"
            + "(?:problemas?|inconvenientes?|dificultad(?:es)?|errore?s?|fallas?|drama)"
            + "|(?:tenes|tiene|tienen|tienes|tenias|tenia)\\s+(?:algun\\w*\\s+|un\\w*\\s+)?"
            + "(?:problemas?|inconvenientes?|dificultad(?:es)?|errore?s?|fallas?|drama|lio)\\s+(?:con|para|en|al|de|a)"
            + "|no\\s+(?:(?:te|le|les|se te|se le)\\s+)?(?:podes|puede|pueden|puedes|podias|podia|lograbas|logras|logra"
            + "|logran|consegu\\w+|deja|dejan|permite|permiten)"
            + "|(?:no\\s+)?(?:te|le|les|se te|se le)\\s+(?:llegan|llega|salen|sale|funciona|funcionan|anda|andan|carga"
            + "|cargan|abre|abren|entra|entran|rebotan|rebota|aparece|aparecen|venc\\w+|bloque\\w+|cayo|cayeron"
            + "|borr\\w+|perdi\\w+|rechaza\\w*|devuelve\\w*|tira|marca)"
            + "|(?:tu|su|tus|sus)\\s+(?:mails?|correos?|casillas?|sitios?|paginas?|web|dominios?|cuentas?|panel|cpanel"
            + "|tienda|certificado|wordpress)\\s+(?:\\S+\\s+){0,3}?(?:no|esta|estan|dejo|dejaron|se|anda|funciona)"
            + ")\\b");

    /** A second-person problem under a condition or a purpose is advice, not a restatement. */
    private static final TextPattern CONDITION = TextPattern.compile(
            "\\b(?:si|cuando|caso de que|caso que|para que|hasta que|apenas|porque|ya que|en cuanto|mientras|por eso|"
                    + "por lo que|de modo que|asi que|debido a que|dado que)\\s+"
                    + "(?:\\S+\\s+){0,2}$");

    /** A clause that asks for something or announces work rather than restating. */
    private static final TextPattern REQUEST_LED = TextPattern.compile("^(?:\\S+\\s+){0,2}?(?:"
            + "pasame|pasas|pasarme|me pasas|decime|indicame|contame|confirmame|necesito|dame|deme|aguard\\w*|esper\\w*"
            + "|banca\\w*|dejame|voy a|vamos a|te pido|le pido|ya lo|ahora lo|enseguida"
            + "|en que|te ayudo|ayudarte|reviso|verifico|chequeo|me fijo|lamento|disculp\\w*|perdon"
            + "|(?:te|le)\\s+(?:explico|cuento|comento|paso|mando|envio|indico|muestro|ayudo|guio|genero|abro|creo)"
            + "|fijate|proba|entra|ingresa|anda|hace|abri|segui|tene en cuenta|tenes que|hay que|deberias)\\b");

    /**
     * "podes..." after "entiendo," offers or asks ("entiendo, podes probar..."); after a check of understanding
     * ("si entendi bien, podes enviar pero no recibir") it states what the customer can do.
     */
    private static final TextPattern MODAL_LED =
            TextPattern.compile("^(?:\\S+\\s+){0,2}?(?:podes|podrias|puede|podria)\\b");

    /** Framings that check understanding: what follows them is put to the customer as its own account. */
    private static final TextPattern UNDERSTANDING_CHECK =
            TextPattern.compile("\\bsi\\s+(?:no\\s+)?(?:te\\s+|le\\s+|les\\s+)?"
                    + "(?:entendi|entiendo|comprendi|interprete|sigo)(?:\\s+(?:bien|mal))?[\\s,:]*(?:que\\b)?[\\s,:]*$"
                    + "|\\bme equivoco[\\s,:]*(?:que\\b)?[\\s,:]*$");

    /** Empathy ("entiendo lo molesto que es...") is valued elsewhere, not as a restatement. */
    private static final TextPattern FEELING_LED = TextPattern.compile("^(?:tu|su|lo|la|el|los|las|tus|sus|"
            + "perfectamente|totalmente|completamente|muy bien)?\\s*(?:tu|su|lo|la|el|los|las|tus|sus)?\\s*(?:molest\\w*|frustr\\w*|preocup\\w*|enoj\\w*|feo|"
            + "complicad\\w*|dificil|incomod\\w*|fastidi\\w*|malestar|bronca|urgencia|situacion|impaciencia|apuro|susto|"
            + "miedo|temor|nervios|angustia|ansiedad|inquietud|desesperacion|disgusto|decepcion|desconcierto)\\b");

    @Override
    public CriterionId id() {
        return CriterionId.PARAPHRASE;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        Set<String> names = names(chat);
        StringBuilder customerSoFar = new StringBuilder();
        for (AnalyzedMessage message : chat.messages()) {
            if (message.isCustomer()) {
                customerSoFar.append(' ').append(message.text().text());
            } else if (message.isAgent() && !customerSoFar.isEmpty()) {
                Optional<Evidence> restatement = restatement(message, customerSoFar.toString(), names);
                if (restatement.isPresent()) {
                    return CriterionResult.of(id(), Verdict.MET, restatement.get());
                }
            }
        }
        return CriterionResult.withoutEvidence(
                id(), Verdict.NOT_OBSERVED, "no agent message restates the customer's problem");
    }

    private static Optional<Evidence> restatement(AnalyzedMessage message, String customerText, Set<String> names) {
        List<Sentences.Sentence> sentences = Sentences.of(message.text());
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            String text = sentence.text();
            boolean taggedNext = i + 1 < sentences.size()
                    && CONFIRMATION_TAG.matcher(sentences.get(i + 1).text()).matches();
            if (taggedNext && !sentence.question() && restates(text, customerText, names, true)) {
                return Optional.of(quote(message, sentence, 0));
            }
            Matcher framing = FRAMING.matcher(text);
            if (framing.find()
                    && restates(
                            text.substring(framing.end()),
                            customerText,
                            names,
                            true,
                            !sentence.question() && UNDERSTANDING_CHECK.foundIn(framing.group()))) {
                return Optional.of(quote(message, sentence, framing.start()));
            }
            Matcher iSee = I_SEE.matcher(text);
            if (iSee.find()
                    && YOUR_PROBLEM.matcher(text.substring(iSee.end())).lookingAt()
                    && restates(text.substring(iSee.end()), customerText, names, true)) {
                return Optional.of(quote(message, sentence, iSee.start()));
            }
            Matcher tag = CONFIRMATION_TAG.matcher(text);
            if (sentence.question()
                    && tag.find()
                    && !text.startsWith("¿")
                    && restates(text.substring(0, tag.start()), customerText, names, true)) {
                return Optional.of(quote(message, sentence, 0));
            }
            if (sentence.question()) {
                continue; // "¿no te llegan los mails?" asks; it is diagnosis unless framed as understanding
            }
            Matcher yours = YOUR_PROBLEM.matcher(text);
            while (yours.find()) {
                if (!CONDITION.matcher(text.substring(0, yours.start())).find()
                        && restates(text.substring(yours.start()), customerText, names, false)) {
                    return Optional.of(quote(message, sentence, yours.start()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a clause says something the customer said, in the same or in other words. */
    private static boolean restates(String clause, String customerText, Set<String> names, boolean framed) {
        return restates(clause, customerText, names, framed, false);
    }

    private static boolean restates(
            String clause, String customerText, Set<String> names, boolean framed, boolean afterUnderstandingCheck) {
        String restated = clause.strip();
        if (restated.isEmpty()
                || (framed
                        && (REQUEST_LED.foundIn(restated)
                                || (!afterUnderstandingCheck && MODAL_LED.foundIn(restated))
                                || FEELING_LED.foundIn(restated)))) {
            return false;
        }
        if (HoldTimeline.holdNotice(SpanishNormalizer.normalize(restated)).isPresent()
                && (REQUEST_LED.foundIn(restated) || MODAL_LED.foundIn(restated))) {
            return false;
        }
        Set<String> said = SupportVocabulary.contentStems(customerText);
        Set<String> stems = new HashSet<>(SupportVocabulary.contentStems(restated));
        stems.removeAll(names);
        if (stems.stream().anyMatch(stem -> said.stream().anyMatch(other -> SupportVocabulary.sameWord(stem, other)))) {
            return true;
        }
        Set<String> topics = new HashSet<>(SupportVocabulary.topics(restated));
        topics.retainAll(SupportVocabulary.topics(customerText));
        return !topics.isEmpty();
    }

    private static Evidence quote(AnalyzedMessage message, Sentences.Sentence sentence, int from) {
        return new Evidence(
                message.index(),
                message.text()
                        .match(
                                sentence.start() + from,
                                sentence.start() + sentence.text().length())
                        .quote());
    }

    /** The participants' names are shared words but no restatement of anything. */
    private static Set<String> names(AnalyzedChat chat) {
        Set<String> names = new HashSet<>();
        Stream.of(
                        chat.chat().agent().name(),
                        chat.chat().customer() == null
                                ? null
                                : chat.chat().customer().name())
                .filter(name -> name != null)
                .map(name -> SpanishNormalizer.normalize(name).text().toLowerCase(Locale.ROOT))
                .forEach(name -> names.addAll(SupportVocabulary.contentStems(name)));
        return names;
    }
}
