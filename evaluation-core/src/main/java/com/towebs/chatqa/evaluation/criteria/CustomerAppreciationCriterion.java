package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CUSTOMER_APPRECIATION: genuine thanks or satisfaction from the customer, the rubric's measure of how the
 * service landed ("gracias!", "me salvaste", "buena atencion", "sos un genio"). Only what the customer says
 * once the agent has taken part counts: "desde ya gracias" in the first message thanks no one yet.
 *
 * <p>Sarcasm does not count, and rioplatense sarcasm is mostly praise next to a complaint: "gracias por
 * nada", "genial, gracias por hacerme perder la tarde", "excelente servicio, 3 horas esperando", an eye-roll
 * emoji, praise in quotes, or the ironic tag "eh" ("gracias eh, re rapido todo") or a laugh after praise
 * when the customer is angry. "Gracias igual" after a failure is thanks without satisfaction: it does not
 * count either. A complaint in a later message does not undo thanks ("si ahi llego, gracias" / "la proxima
 * avisen antes"): each message is judged on its own words and what led to it.
 */
final class CustomerAppreciationCriterion implements Criterion {

    private static final TextPattern THANKS =
            TextPattern.compile("\\b(?:(?:muchas|muchisimas|mil|mil\\s+millones\\s+de|"
                    + "infinitas|miles\\s+de)\\s+)?(?:gracias|gracia|grasias|gracas|gacias|grcias|agradezco|agradecemos|"
                    + "agradecid[oa]s?|agradecerte|agradecerle|thanks|thank\\s+you|thx|merci)\\b");

    private static final TextPattern PRAISE = TextPattern.compile("\\b(?:"
            + "(?:me|nos)\\s+(?:re\\s+)?(?:salvaste|salvo|salvaron|salvas|salvan|sacaste\\s+(?:de|un)|"
            + "ayudaste\\s+(?:un\\s+monton|muchisimo|mucho)|resolviste\\s+(?:la\\s+vida|todo))|"
            + "(?:estoy|estamos|quede|quedamos)\\s+salvad[oa]s?|"
            + "(?:sos|son|fuiste|fueron|es\\s+usted)\\s+(?:un|una|unos|unas)?\\s*(?:re\\s+|muy\\s+|super\\s+)?"
            + "(?:genio|genia|genios|capo|capa|capos|crack|cracks|sol|soles|solcito|amor|amores|idolo|idola|maquina|"
            + "groso|grosa|grosos|lujo|divino|divina|divinos|dios|diosa|maestro|maestra|copad[oa]s?|"
            + "amable|amables|atent[oa]s?|bomba|fenomeno|fenomenal)|"
            + "(?:sos|fuiste)\\s+(?:un|una)?\\s*grande|"
            + "(?:sos|son|fuiste|fueron)\\s+(?:lo\\s+mas|lo\\s+maximo|el\\s+mejor|la\\s+mejor|los\\s+mejores|las\\s+mejores)|"
            + "(?:que|re|muy|super|tan|sumamente)\\s+(?:amable|amables|atent[oa]s?|copad[oa]s?|genio|genia|capo|capa|"
            + "crack|gros[oa]|eficiente|eficientes|paciente|pacientes|servicial|buena\\s+onda|"
            + "bien\\s+atendid[oa])|"
            + "(?:buena|buenisima|excelente|muy\\s+buena|re\\s+buena|gran|linda|impecable|espectacular|"
            + "increible|hermosa)\\s+(?:atencion|onda|predisposicion|voluntad)|"
            + "(?:excelente|buenisimo|muy\\s+buen|re\\s+buen|gran|impecable|espectacular)\\s+(?:servicio|soporte|trabajo)|"
            + "(?:me|nos)\\s+(?:explicaste|explico|explicaron|atendiste|atendio|atendieron)\\s+(?:todo\\s+)?"
            + "(?:re\\s+|muy\\s+|super\\s+|tan\\s+)?(?:bien|claro|clarito)|"
            + "(?:que|cuanta|tanta)\\s+paciencia|te\\s+pasaste(?!\\s+de)|(?:te|le|les)\\s+(?:debo|debemos)\\s+una|"
            + "(?:los|las)\\s+(?:voy\\s+a\\s+recomendar|recomiendo)|que\\s+alivio|un\\s+(?:lujo|genio|capo|crack|sol|amor|diez)|"
            + "(?:diez|10)\\s+puntos|se\\s+nota\\s+la\\s+diferencia"
            + ")\\b");

    /** Praise that opens a sentence on its own: "genia total", "capo!", "excelente!". */
    private static final TextPattern PRAISE_EXCLAMATION =
            TextPattern.compile("(?:^|[.!?,]\\s*|\\b(?:uh|ah|ay|ahh|che|ok|bueno|"
                    + "si|listo|dale|joya|genial|ahora\\s+si)\\s*,?\\s+)(?:que\\s+)?(?:genio|genia|capo|capa|crack|idolo|idola|"
                    + "maestro|maestra|groso|grosa|divino|divina|excelente|espectacular|impecable|un\\s+lujo|fenomenal)\\b"
                    + "(?![^.!?]*\\?)");

    // Sarcasm in the praise itself: "gracias por nada", "gracias por hacerme perder la tarde".
    private static final TextPattern SARCASTIC_THANKS =
            TextPattern.compile("\\bgracias\\s+(?:por|de)\\s+(?:nada|la\\s+nada|"
                    + "(?:hacerme|haberme|dejarme|tenerme|hacernos|dejarnos|tenernos)\\b|hacer\\s+perder|no\\s+(?:hacer|ayudar|"
                    + "responder|contestar|avisar))|\\bpor\\s+nada\\s+eh\\b");

    // Thanks that says the service did not satisfy: "gracias igual", "gracias de todas formas".
    private static final TextPattern LUKEWARM_THANKS =
            TextPattern.compile("\\bgracias\\s+(?:igual|de\\s+todas\\s+(?:formas|"
                    + "maneras)|de\\s+todos\\s+modos|(?:por|de)\\s+intentar\\w*)\\b|\\bigual\\s+gracias\\b");

    // "desde ya gracias", "gracias de antemano": thanks in advance, before any service.
    private static final TextPattern THANKS_IN_ADVANCE =
            TextPattern.compile("\\b(?:desde\\s+ya|de\\s+antemano)\\s+(?:muchas\\s+)?"
                    + "gracias\\b|\\bgracias\\s+(?:desde\\s+ya|de\\s+antemano)\\b");

    // "gracias a ustedes perdi 40 ventas": "gracias a" giving a cause, not thanks.
    private static final TextPattern BECAUSE_OF =
            TextPattern.compile("\\bgracias\\s+a\\s+(?:ustedes|vos|usted|ti|esto|eso|su|tu|"
                    + "la|el|los|las|que)\\s+(?!por\\b|tambien\\b|igual\\b)\\w+");

    /** A complaint next to the praise makes it ironic: "excelente servicio, 3 horas esperando". */
    private static final TextPattern COMPLAINT = TextPattern.compile("\\b(?:"
            + "(?:\\d+|dos|tres|cuatro|cinco|seis|muchas)\\s+(?:horas|dias|semanas)\\s+(?:esperando|de\\s+espera|sin)|"
            + "horas\\s+esperando|(?:una|otra)\\s+semana\\s+sin|dias\\s+sin|me\\s+(?:dejaron|dejaste|tuvieron)\\s+(?:sin|esperando)|"
            + "(?:no|ni)\\s+(?:sirvio|sirven|sirvieron|ayudo|ayudaron|ayudaste|resolvieron|resolviste|solucionaron|"
            + "hicieron|hiciste)\\s+(?:de\\s+)?nada|nada\\s+de\\s+nada|"
            + "otra\\s+vez\\s+(?:lo\\s+mismo|sin|no)|siempre\\s+lo\\s+mismo|nunca\\s+(?:anda|funciona|responden|contestan|"
            + "resuelven)|una\\s+verguenza|un\\s+desastre|pesim[oa]|malisim[oa]|un\\s+chiste|un\\s+robo|"
            + "me\\s+voy\\s+a\\s+(?:ir\\s+a\\s+)?otr[oa]|me\\s+cambio\\s+de|dar\\s+de\\s+baja|doy\\s+de\\s+baja|"
            + "perder\\s+(?:el\\s+tiempo|la\\s+tarde|la\\s+manana|el\\s+dia|plata|clientes|ventas)|"
            + "ya\\s+que\\s+estamos|felicitaciones)\\b");

    /** The ironic tag after praise, "gracias eh", and a laugh after praise. */
    private static final TextPattern IRONIC_TAG =
            TextPattern.compile("\\b(?:gracias|genial|excelente|buenisimo|barbaro|joya|"
                    + "perfecto|amable|util|rapido|rapidos|eficiente|atento|atentos)\\b[^.!?]{0,15}?(?:,\\s*)?\\beh\\b"
                    + "|\\b(?:gracias|genial|excelente|buenisimo|barbaro|joya|servicio|atencion)\\b[^.!?]{0,20}?\\bja(?:ja)+\\b"
                    + "|\\bgracias\\s+por\\s+(?:tanto|tanta\\s+ayuda|todo\\s+eh)\\b");

    /** Emoji that turn praise into sarcasm: eye-roll, unamused, upside-down, facepalm, anger. */
    private static final TextPattern SARCASTIC_EMOJI = TextPattern.compile(
            "[\\x{1F644}\\x{1F612}\\x{1F643}\\x{1F611}\\x{1F926}" + "\\x{1F624}\\x{1F621}\\x{1F92C}\\x{1F921}]");

    /** Praise in quotes: "excelente" servicio, la «ayuda». */
    private static final TextPattern SCARE_QUOTES = TextPattern.compile(
            "[\"“”«'‘][^\"“”«»'‘’]{0,25}(?:gracias|excelente|genial|"
                    + "buen[oa]?|buenisim[oa]|ayuda|servicio|atencion|rapid[oa]|amable|soporte)[^\"“”«»'‘’]{0,25}[\"“”»'’]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int RECENT_CUSTOMER_MESSAGES = 3;

    @Override
    public CriterionId id() {
        return CriterionId.CUSTOMER_APPRECIATION;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        Optional<AnalyzedMessage> firstAgent = chat.firstAgentMessage();
        if (firstAgent.isEmpty()) {
            return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, "no agent message yet to appreciate");
        }
        boolean upset = context.customerIs(CustomerType.ANGRY) || context.customerIs(CustomerType.RUDE);
        List<AnalyzedMessage> customer = chat.customerMessages();
        for (int i = 0; i < customer.size(); i++) {
            AnalyzedMessage message = customer.get(i);
            if (message.index() < firstAgent.get().index()) {
                continue;
            }
            Optional<Evidence> praise = praise(message.text());
            if (praise.isPresent() && !sarcastic(message, upset || recentComplaint(customer, i))) {
                return CriterionResult.of(
                        id(),
                        Verdict.MET,
                        new Evidence(message.index(), praise.get().quote()));
            }
        }
        return CriterionResult.withoutEvidence(
                id(), Verdict.NOT_OBSERVED, "no genuine thanks or satisfaction from the customer");
    }

    private static Optional<Evidence> praise(NormalizedText text) {
        for (TextPattern cue : List.of(PRAISE, PRAISE_EXCLAMATION)) {
            var found = text.find(cue);
            if (found.isPresent()) {
                return Optional.of(new Evidence(0, found.get().quote()));
            }
        }
        String normalized = text.text();
        var thanks = THANKS.matcher(normalized);
        while (thanks.find()) {
            int at = thanks.start();
            if (inside(THANKS_IN_ADVANCE, normalized, at)
                    || inside(BECAUSE_OF, normalized, at)
                    || inside(LUKEWARM_THANKS, normalized, at)
                    || questioned(normalized, thanks.end())) {
                continue;
            }
            return Optional.of(
                    new Evidence(0, text.match(thanks.start(), thanks.end()).quote()));
        }
        return Optional.empty();
    }

    /** Whether the match of {@code pattern} covers position {@code at}. */
    private static boolean inside(TextPattern pattern, String text, int at) {
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.start() <= at && at < matcher.end()) {
                return true;
            }
        }
        return false;
    }

    /** "gracias?" asks whether thanks are due; it does not give them. */
    private static boolean questioned(String text, int end) {
        return end < text.length() && text.charAt(end) == '?';
    }

    private static boolean sarcastic(AnalyzedMessage message, boolean upset) {
        String text = message.text().text();
        String original = message.message().text();
        if (SARCASTIC_THANKS.foundIn(text)
                || COMPLAINT.foundIn(text)
                || SARCASTIC_EMOJI.foundIn(original)
                || SCARE_QUOTES.foundIn(original)) {
            return true;
        }
        return upset && IRONIC_TAG.foundIn(text);
    }

    private static boolean recentComplaint(List<AnalyzedMessage> customer, int index) {
        for (int i = Math.max(0, index - RECENT_CUSTOMER_MESSAGES); i < index; i++) {
            if (COMPLAINT.foundIn(customer.get(i).text().text())) {
                return true;
            }
        }
        return false;
    }
}
