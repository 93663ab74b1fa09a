package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
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

    /** A test proposed to the customer, or one the agent says it ran. */
    private static final TextPattern TEST = TextPattern.compile("\\b(?:"
            + "proba|prueba|pruebe|prueben|probar|probas|probes|probalo|probala|pruebelo|pruebela|intenta|intente|"
            + "intentar|intentas|intentes|intentalo|intentelo|testea|testear|testealo"
            + "|(?:contame|cuenteme|avisame|aviseme|decime|digame|confirmame|confirmeme|fijate|fijese|verifica|verifique|"
            + "revisa|revise|chequea|chequee|controla|controle|mira|mire|me\\s+(?:decis|dice|contas|cuenta|avisas|avisa|"
            + "confirmas|confirma))\\s+(?:si|que\\s+(?:te|le)\\s+(?:aparece|sale|dice|muestra)|que\\s+(?:error|mensaje)|"
            + "como\\s+te\\s+fue|que\\s+(?:pasa|paso|sucede|onda)|cual\\s+es\\s+el\\s+error|como\\s+(?:sale|queda))"
            + "|(?:hice|hicimos|realice|realizamos|estuve\\s+haciendo|estoy\\s+haciendo|voy\\s+a\\s+hacer|hago|"
            + "hacer|haces|hace|hagas|haga)\\s+(?:unas?|algunas|varias|un\\s+par\\s+de|otra)?\\s*(?:pruebas?|tests?|"
            + "testeos?|ping|traceroute|dig|nslookup)"
            + "|probe\\s+(?:enviar|entrar|ingresar|acceder|mandar|conectar|recibir|cargar|abrir|desde|con|a|el|la|tu|su|"
            + "de\\s+nuevo)|(?:despues\\s+de|tras|con)\\s+(?:algunas|unas|varias|las)\\s+pruebas"
            + "|(?:mail|correo|mensaje|envio)s?\\s+de\\s+prueba"
            + "|para\\s+(?:ver|saber|identificar|detectar|descartar|confirmar|determinar|ubicar|chequear|verificar|"
            + "entender|aislar|acotar)\\s+(?:el\\s+error|el\\s+origen|la\\s+causa|que\\s+(?:error|pasa|sucede|es)|cual|"
            + "si|donde|de\\s+donde|por\\s+que|si\\s+es)"
            + "|descartar|(?:te|le)\\s+pregunto\\s+(?:porque|para|asi)"
            + "|(?:mira|mire|revisa|revise|fijate|fijese|chequea|chequee|abri|abra)\\s+(?:en\\s+)?(?:el|los|la|las)?\\s*"
            + "(?:error_log|logs?|registros?\\s+de\\s+errores|consola|errores)"
            + "|(?:activa|active|habilita|habilite|prende|prenda)\\s+(?:el\\s+)?(?:wp_debug|debug|modo\\s+debug|log\\s+de\\s+errores)"
            + "|suena\\s+a\\s+que|parece\\s+(?:que|ser)|puede\\s+que|capaz\\s+que|sospecho\\s+que|tiene\\s+pinta\\s+de"
            + ")\\b");

    /** Phrasing that asks without a question mark: "indicame desde que enlace...", "necesito saber si...". */
    private static final TextPattern INDIRECT_QUESTION = TextPattern.compile(
            "\\b(?:indicame|indiqueme|decime|digame|contame|"
                    + "cuenteme|confirmame|confirmeme|me\\s+(?:podes|podrias|puede|podria)\\s+(?:indicar|decir|confirmar|contar)|"
                    + "necesito\\s+saber|quisiera\\s+saber|me\\s+(?:indicas|indica|decis|dice|contas|cuenta|confirmas|confirma))\\b");

    /** What makes a question about the problem: symptoms, history, scope, the customer's set-up, hypotheses. */
    private static final TextPattern PROBLEM_CUE = TextPattern.compile("\\b(?:"
            + "error\\w*|mensaje|aviso|cartel|alerta|codigo|aparec\\w*|sale|salen|salio|dice|decia|muestra|mostraba|"
            + "pasa|paso|pasaba|sucede|ocurre|problema|inconveniente|falla\\w*|rebot\\w*|bloque\\w*"
            + "|desde\\s+(?:cuando|que|donde|hace)|cuando\\s+(?:empezo|comenzo|fue|paso|te|intentas|intentaste)|hace\\s+cuanto|"
            + "antes|ultim[oa]|ultima\\s+vez|recien|hoy|ayer|todavia|sigue|seguis|siguen|de\\s+nuevo|otra\\s+vez"
            + "|cambiaste|cambio|modificaste|tocaste|instalaste|actualizaste|hiciste|probaste|intentaste|pudiste|"
            + "revisaste|verificaste|chequeaste|configuraste|usaste|renovaste|pagaste|recibiste|te\\s+llego|borraste"
            // what the customer did, in any verb: "¿completaste la validacion?", "¿subiste los archivos?"
            + "|(?!(?:ex|ins|cons|res|pers|subs|as|des|tr|ch|v|entend|dij|quis)iste\\b|(?:contr|desg|eng)aste\\b)\\w{2,}(?:aste|iste)"
            // what someone else did, or usted did: "¿alguien toco algo?", "¿instalo algun plugin?"
            + "|alguien|toco|tocaron|modifico|modificaron|instalo|instalaron|actualizo|actualizaron|configuro|configuraron"
            + "|borro|borraron|cambiaron|hizo|hicieron|intento|intentaron|renovo"
            + "|solo|solamente|todos|todas|otros|otras|ambos|siempre|a\\s+veces|alguna\\s+vez|ninguno|ninguna|"
            + "algun\\w*"
            + "|navegador|chrome|firefox|safari|edge|celular|telefono|compu\\w*|pc|notebook|dispositivo|programa|"
            + "aplicacion|app|outlook|thunderbird|webmail|gmail|mac|windows|android|iphone|red|wifi|enlace|link|"
            + "direccion|url|version|plugin|tema|puerto|servidor|configuracion|spam|carpeta|ip"
            + "|puede\\s+ser\\s+que|sera\\s+que|es\\s+posible\\s+que|habra|habras|podria\\s+ser"
            + ")\\b");

    /** Questions about something other than the problem. */
    private static final TextPattern NOT_ABOUT_THE_PROBLEM = TextPattern.compile("\\b(?:"
            + "en\\s+que\\s+(?:te|le|les|lo|la)?\\s*(?:puedo|podemos|podria|podriamos)\\s+(?:ayudar|servir)|"
            + "en\\s+que\\s+(?:te|le|les)\\s+(?:ayudo|ayudamos)|como\\s+(?:te|le|les)\\s+(?:puedo|podemos)\\s+ayudar|"
            + "(?:cual|que)\\s+es\\s+(?:tu|su)\\s+consulta|que\\s+necesitas|que\\s+necesita|"
            + "algo\\s+mas|alguna\\s+otra|algun\\s+otro|otra\\s+consulta|"
            + "(?:que|cual\\s+es\\s+(?:el|tu|su))\\s+(?:problema|inconveniente|consulta)\\s+(?:que\\s+)?(?:tenes|tiene|tienen|tienes|hay)|"
            + "en\\s+que\\s+consiste\\s+(?:el|tu|su)\\s+(?:problema|inconveniente|consulta)|"
            + "como\\s+(?:estas|esta|andas|anda|te\\s+va|le\\s+va)|segu\\w*\\s+(?:ahi|en\\s+linea|conectad)|estas\\s+ahi|"
            + "esta\\s+ahi|me\\s+(?:lees|lee|escuchas|escucha)|"
            + "queres\\s+que|quiere\\s+que|preferis|prefiere|te\\s+parece|le\\s+parece|te\\s+sirve|le\\s+sirve|"
            + "te\\s+quedo\\s+claro|le\\s+quedo\\s+claro|se\\s+entiende|quedo\\s+claro|de\\s+acuerdo"
            + ")\\b");

    /** A question about what the customer will do or choose, not about what went wrong: "¿vas a entrar con clave o...?" */
    private static final TextPattern CHOICE = TextPattern.compile("^¿?\\s*(?:y\\s+|bien,?\\s+|ok,?\\s+|bueno,?\\s+)?"
            + "(?:vos\\s+|usted\\s+|ustedes\\s+)?(?:vas|va|van)\\s+a\\s+\\w+"
            + "|\\b(?:pensas|piensa|piensan|tenes\\s+pensado|tiene\\s+pensado|planeas|planea)\\s+\\w+");

    /**
     * A request for an account identifier and nothing else: "decime el gmail", "¿me decis cual es la direccion
     * exacta?". Anything after the identifier ("la direccion a la que le escribis") makes it about the problem.
     */
    private static final TextPattern BARE_IDENTIFIER = TextPattern.compile(
            "^¿?\\s*(?:(?:hola|bien|ok|dale|perfecto|bueno|gracias)"
                    + "\\s*[,.!]?\\s+)?(?:me\\s+)?(?:decime|decis|dice|pasame|pasas|pasa|indicame|indicas|indica|confirmame|"
                    + "confirmas|confirma|dame|das|escribime|escribis|copiame|copias|mandame|mandas|podes\\s+pasar(?:me)?|"
                    + "podes\\s+decir(?:me)?)?\\s*(?:cual\\s+es\\s+)?(?:el|la|tu|su|los|las|tus|sus)\\s+"
                    + "(?:direccion(?:\\s+de\\s+(?:correo|mail|email))?|gmail|hotmail|outlook|yahoo|mail|email|correo|casilla|"
                    + "dominio|usuario|user|nombre|cuit|dni|numero\\s+de\\s+cliente|telefono)"
                    + "(?:\\s+(?:exact[oa]|complet[oa]|correct[oa]|personal|nuev[oa]|de\\s+la\\s+casilla|de\\s+usuario))?"
                    + "\\s*(?:,?\\s*(?:porfa|por\\s+favor|asi\\s+(?:lo|la)\\s+(?:reviso|busco|veo|miro|chequeo)))?\\s*[?.!]*$");

    /** Asking only who or which account: user, password, domain, mailbox, e-mail, name, tax number... */
    private static final TextPattern IDENTIFIER =
            TextPattern.compile("\\b(?:usuario|usuarios|user|contrasenas?|claves?|"
                    + "password|credenciales|datos\\s+de\\s+acceso|datos|dominios?|casillas?|cuentas?|e?-?mails?|correos?|"
                    + "direccion\\s+de\\s+(?:correo|mail|email)|nombre|titular|cuit|dni|numero\\s+de\\s+cliente|telefono|panel|"
                    + "cpanel|sitio|pagina|web)\\b");

    /** The agent says the problem is fixed: a test proposed after this verifies the fix, it does not diagnose. */
    private static final TextPattern FIXED =
            TextPattern.compile("\\b(?:listo|hecho|ya\\s+esta|ya\\s+estan|ya\\s+quedo|ya\\s+quedaron|"
                    + "ya\\s+(?:te\\s+|le\\s+|se\\s+)?(?:lo|la|los|las)\\s+(?!(?:revis|mir|cheque|verific|control|consult|analic|busqu|encontr|"
                    + "v|le)(?:e|i)\\b)\\w+(?:e|i)|ya\\s+(?:deberia|deberias|tendria|tendrias)|"
                    + "ahora\\s+(?:deberia|deberias|tendria|tendrias|ya))\\b");

    /** After a fix, "¿ahora te anda?" or "¿pudiste entrar?" checks the fix rather than probing the problem. */
    private static final TextPattern VERIFICATION = TextPattern.compile("\\b(?:ahora|ya|ahi|pudiste|pudo|podes|puede|"
            + "te\\s+(?:anda|funciona|carga|llega|llego|deja|aparece)|le\\s+(?:anda|funciona|carga|llega|llego|deja|aparece)|"
            + "funciona|anda|carga|llego|llega|aparece|entraste|entro)\\b");

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
            fixed |= Sentences.of(message.text()).stream().anyMatch(DiagnosisCriterion::announcesFix);
        }
        return CriterionResult.withoutEvidence(
                id(), Verdict.NOT_OBSERVED, "no diagnostic question or test from the agent");
    }

    /** Keys of a text's diagnosing sentence, which depends on whether a fix was announced before. */
    private static final Object BEFORE_FIX = new Object();

    private static final Object AFTER_FIX = new Object();

    private static Optional<Evidence> diagnosis(AnalyzedMessage message, boolean fixedBefore) {
        return message.text()
                .fact(fixedBefore ? AFTER_FIX : BEFORE_FIX, text -> diagnosingSentence(text, fixedBefore))
                .map(sentence -> quote(message, sentence));
    }

    /** The sentence of a text that diagnoses, read once per text and state (agents repeat their questions). */
    private static Optional<Sentences.Sentence> diagnosingSentence(NormalizedText message, boolean fixedBefore) {
        boolean fixed = fixedBefore;
        for (Sentences.Sentence sentence : Sentences.of(message)) {
            String text = sentence.text();
            fixed |= announcesFix(sentence);
            if (!fixed && TEST.foundIn(text)) {
                return Optional.of(sentence);
            }
            boolean asks = sentence.question() || INDIRECT_QUESTION.foundIn(text);
            if (asks && aboutTheProblem(text) && !(fixed && VERIFICATION.foundIn(text))) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    /** "ya esta" in a question ("¿la zona ya esta creada?") asks; only a statement announces a fix. */
    private static boolean announcesFix(Sentences.Sentence sentence) {
        return !sentence.question() && FIXED.foundIn(sentence.text());
    }

    private static boolean aboutTheProblem(String question) {
        if (NOT_ABOUT_THE_PROBLEM.foundIn(question)
                || CHOICE.foundIn(question)
                || BARE_IDENTIFIER.foundIn(question)
                || HoldTimeline.holdNotice(SpanishNormalizer.normalize(question))
                        .isPresent()) {
            return false;
        }
        if (PROBLEM_CUE.foundIn(question)) {
            return true;
        }
        // The problem's topic in the question's own words ("¿te llegan los mails?", "¿no carga la web?"), once
        // the account identifiers are set aside: "¿cual es tu dominio?" names an account, not a symptom.
        Set<String> topics =
                SupportVocabulary.topics(IDENTIFIER.matcher(question).replaceAll(" "));
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
