package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * EXPLANATION: the agent briefly tells the customer what it did (when solved) or what it found (when not),
 * or why it cannot solve it from the chat. It asserts something: a cause ("el problema era que..."), a
 * finding ("veo que el dominio esta vencido desde..."), an action taken ("lo que hice fue...", "ya te
 * restableci la clave") or a reason it cannot act ("no lo puedo resolver desde aca porque...").
 *
 * <p>Not explanations: questions (a hypothesis asked, "¿puede ser que no renovaste el dominio?", is diagnosis);
 * a bare outcome ("ya esta", "listo", "ya quedo solucionado") which says neither what was done nor what was
 * wrong; a future promise ("lo voy a revisar"); instructions for the customer.
 */
final class ExplanationCriterion implements Criterion {

    private static final String ARTICLE = "(?:el|la|los|las|tu|tus|su|sus|este|esta|ese|esa|dicho|dicha)";
    private static final String STATE = "(?:esta|estaba|estan|estaban|tiene|tenia|tienen|tenian|apunta|apuntaba|"
            + "apuntan|apuntaban|vencio|vence|vencieron|supero|supera|quedo|quedaron|figura|figuraba|aparece|aparecia|"
            + "no\\s+(?:tiene|tenia|esta|estaba|existe|existia|figura|aparece|apunta|coincide|resuelve|responde)|"
            + "fue|era|es|son|eran|se\\s+\\w+|sigue|seguia|excede|excedia|llego|alcanzo|uso|usa|usaba|bloqueo|"
            + "rebota|rebotaba|registra|registro|muestra|mostraba|funciona|funcionaba|anda|andaba|carga|cargaba)";

    /**
     * Past first-person actions that fix or change something. Without accents "cambie" is also the usted
     * imperative and "corregi" the voseo one, so they count only where they cannot be instructions: after
     * "ya"/"recien"/"listo," or a pronoun placed before the verb ("te lo cambie"), not after "que".
     */
    private static final String DONE = "(?:corregi|modifique|cambie|actualice|reinicie|"
            + "desbloquee|habilite|deshabilite|active|reactive|desactive|configure|reconfigure|agregue|anadi|cree|"
            + "elimine|borre|restableci|reestableci|restaure|libere|amplie|aumente|renove|resetee|blanquee|limpie|"
            + "ajuste|edite|apunte|repare|regenere|reinstale|instale|migre|movi|saque|quite|destrabe|genere|emiti|"
            + "vacie|depure|subi|asigne|vincule|redireccione|force|normalice|levante|recupere|reenvie|purgue|"
            + "sincronice|valide|cargue|puse|pedi|solicite|envie|mande|pase|derive|escale|anule|reemiti|abri|agrande|"
            + "achique|desactive|marque|deje|registre|reserve|autorice|acredite|conecte|desconecte|complete|procese|"
            + "pude\\s+\\w+|tuve\\s+que\\s+\\w+|aplique|realice|ejecute|corri|"
            + "cambiamos|corregimos|modificamos|actualizamos|reiniciamos|desbloqueamos|habilitamos|"
            + "restablecimos|configuramos|renovamos|aplicamos|realizamos)";

    private static final String UNAMBIGUOUSLY_DONE = "(?:hice|hicimos|acabo\\s+de\\s+\\w+|acabamos\\s+de\\s+\\w+|"
            + "se\\s+(?:corrigio|modifico|cambio|actualizo|reinicio|desbloqueo|habilito|activo|reactivo|configuro|"
            + "agrego|creo|elimino|restablecio|restauro|libero|amplio|renovo|reseteo|regenero|reinstalo|instalo|"
            + "migro|emitio|genero|aplico|acredito|impacto)\\s+" + ARTICLE + ")";

    /** What an agent finds things about: the account, the mailbox, the server, the domain... */
    private static final String SYSTEM_NOUN =
            "(?:cuentas?|casillas?|dominios?|subdominios?|disco|espacio|servidor(?:es)?|"
                    + "server|sitios?|paginas?|web|certificados?|ssl|registros?|dns|mx|spf|dkim|zona|plan(?:es)?|hosting|"
                    + "correos?|e?-?mails?|puertos?|ip|clave|contrasena|base\\s+de\\s+datos|plugins?|archivos?|carpetas?|"
                    + "backups?|cuota|facturas?|pagos?|renovacion|transferencia|tarifa|precio|limite|configuracion|ftp|ssh|"
                    + "servicios?|firewall|version|php|wordpress|nameservers|delegacion|cuit|perfil|sistema|acceso|"
                    + "permisos|cache|cron|bandeja|envios?|cola|reenviador|redireccion|instalacion|error|codigo|"
                    + "proteccion|bloqueo|promo|descuento|costo|instalador|antispam|filtro)";

    private static final String FACT = "(?:esta|estaba|estan|estaban|tiene|tenia|tienen|tenian|tuvo|tuvieron|apunta|"
            + "apuntaba|apuntan|apuntaban|vencio|vence|vencieron|supero|supera|quedo|quedaron|figura|figuraba|aparece|"
            + "aparecia|fue|era|es|son|eran|sigue|seguia|excede|excedia|llego|alcanzo|usa|usaba|bloquea|bloqueo|"
            + "rebota|rebotaba|rechaza|rechazaba|devuelve|devolvia|muestra|mostraba|funciona|funcionaba|anda|andaba|"
            + "incluye|incluia|cuesta|costaba|ocupa|ocupan|ocupaba|ocupaban|genera|generaba|impide|impedia|frena|"
            + "frenaba|filtra|filtraba|vino|viene|no\\s+\\w+|se\\s+\\w+)";

    private static final List<TextPattern> EXPLANATIONS = List.of(
            // a finding stated: "la cuenta tiene el disco al 100%", "el dominio vencio el 28 de mayo"
            TextPattern.compile("\\b" + ARTICLE + "\\s+(?:\\S+\\s+){0,2}?" + SYSTEM_NOUN + "\\b\\s+(?:\\S+\\s+){0,3}?"
                    + FACT + "\\b"),
            // a cause given: "por eso rebotan", "ya que...", "por seguridad"
            TextPattern.compile("\\b(?:por\\s+eso|es\\s+por\\s+eso|ya\\s+que|debido\\s+a|dado\\s+que|a\\s+causa\\s+de|"
                    + "por\\s+seguridad|porque)\\b"),
            // how it works: "el A es el que asocia el dominio a una IP", "es como una contrasena"
            TextPattern.compile("\\b(?:es|son)\\s+(?:el|la|los|las|lo)\\s+que\\s+(?!necesit|quier|quer|busc)\\w+"
                    + "|\\b(?:es|son)\\s+(?:como\\s+(?:un|una)|una\\s+especie\\s+de|un\\s+tipo\\s+de)\\b"),
            // who handles it: "la restauracion la hace el area tecnica", "lo maneja el equipo de infraestructura"
            TextPattern.compile(
                    "\\b(?:lo|la|los|las)\\s+(?:hace|hacen|maneja|manejan|gestiona|gestionan|resuelve|resuelven|"
                            + "atiende|atienden|tiene\\s+que\\s+hacer|debe\\s+hacer)\\s+(?:el|la|los|las|nuestro|nuestra)\\s+"
                            + "(?:area|equipo|sector|departamento|gente|personal|administracion|soporte|tecnic\\w*|infraestructura)"),
            // the agent's side of things: "no tengo permisos para...", "no lo ofrecemos", "no viene incluido"
            TextPattern.compile(
                    "\\bno\\s+(?:tengo|tenemos)\\s+(?:permisos?|acceso|forma|manera|como)\\b|\\bno\\s+(?:(?:lo|la|los|las)\\s+)?"
                            + "(?:ofrecemos|brindamos|damos|manejamos|administramos|gestionamos|registramos|vendemos|tramitamos|"
                            + "comercializamos|proveemos|soportamos|trabajamos|hacemos|incluimos|permitimos)\\b|\\bno\\s+(?:viene|esta|estan|vienen)"
                            + "\\s+incluid[oa]s?\\b|\\bno\\s+(?:lo\\s+|la\\s+)?(?:puedo|podemos)\\s+(?:hacer|resolver|solucionar|"
                            + "modificar|cambiar|restaurar|desbloquear|ver|tocar)\\s+(?:\\S+\\s+){0,3}?desde\\s+(?:el\\s+chat|aca|"
                            + "soporte|nuestro\\s+lado|este\\s+canal|mi\\s+lado)"),
            // a state the agent left things in or found: "ya esta pedida", "quedo configurado", "figura duplicada"
            TextPattern.compile("\\b(?:ya\\s+)?(?:esta|estan|quedo|quedaron|queda|quedan|figura|figuran|consta|constan|"
                    + "aparece|aparecen)\\s+(?:\\w+\\s+)?"
                    + "(?!solucionad|resuelt|arreglad|list)\\w+(?:ad|id)[oa]s?\\b"),
            // causes: "el problema era que...", "lo que pasaba es que...", "se debe a..."
            TextPattern.compile("\\b(?:el|tu|su)\\s+(?:problema|inconveniente|error|motivo|fallo|drama)\\s+"
                    + "(?:era|es|fue|esta|estaba|esta\\s+en|estaba\\s+en|viene|venia|se\\s+debe|se\\s+debia|pasa\\s+por|"
                    + "pasaba\\s+por|radica|surge|surgia|lo\\s+causa|lo\\s+causaba|lo\\s+genera|lo\\s+generaba)\\b"),
            TextPattern.compile("\\blo\\s+que\\s+(?:pasa|pasaba|paso|sucede|sucedia|sucedio|ocurre|ocurria|ocurrio|"
                    + "estaba\\s+pasando|esta\\s+pasando|te\\s+pasa|te\\s+pasaba|hice|hicimos|hizo|encontre|vi|veo|"
                    + "detecte|note)\\s+(?:es|era|fue|que|ahora)?\\b"),
            TextPattern.compile(
                    "\\b(?:la\\s+causa|el\\s+motivo|la\\s+razon|el\\s+origen)\\s+(?:es|era|fue|del|de\\s+esto)\\b"),
            TextPattern.compile(
                    "\\b(?:se\\s+debe|se\\s+debia|se\\s+debio|debido)\\s+a\\b|\\bpor\\s+eso\\s+(?:no|te|le|es|era|"
                            + "fallaba|falla|rebota|rebotaban|no\\s+te)\\b|\\b(?:esto|eso)\\s+(?:pasa|pasaba|paso|sucede|"
                            + "ocurre|ocurria|explica)\\s+(?:porque|por|cuando|ya)\\b|\\bresulta\\s+que\\b"),
            // findings: "veo que el dominio esta vencido", "revise y la casilla esta llena", "encontre que..."
            TextPattern.compile("\\b(?:veo|vi|note|noto|encontre|detecte|observo|observe|confirme|comprobe|constate|"
                    + "me\\s+figura|figura|aparece|me\\s+aparece|me\\s+sale)\\s+(?:que\\s+)?(?:\\w+\\s+){0,2}?"
                    + ARTICLE + "\\s+(?:\\S+\\s+){0,4}?" + STATE + "\\b"),
            TextPattern.compile(
                    "\\b(?:veo|vi|note|encontre|detecte|observo|observe)\\s+(?:un|una|unos|unas|muchos|muchas|"
                            + "varios|varias|que\\s+hay|que\\s+no\\s+hay|que\\s+existe|algun|ningun)\\s+\\w+"),
            TextPattern.compile(
                    "\\b(?:segun|en)\\s+(?:los|el)\\s+(?:registros?|logs?|sistema|panel|servidor)\\b[^?]{0,60}" + "\\b"
                            + STATE + "\\b"),
            TextPattern.compile("\\b(?:revise|verifique|chequee|controle|mire|estuve\\s+revisando|estuve\\s+viendo|"
                    + "estuve\\s+chequeando|hice\\s+(?:unas|algunas|varias)?\\s*pruebas|despues\\s+de\\s+(?:algunas|unas|"
                    + "varias)\\s+pruebas)\\b[^?]{0,80}?\\b(?:y|,)\\s+(?:veo|vi|note|encontre|efectivamente|"
                    + "no\\s+(?:hay|veo|encontre|tiene|tenes|esta)|todo\\s+(?:esta|estaba)|esta\\s+todo|figura|aparece|"
                    + ARTICLE + "\\s+(?:\\S+\\s+){0,3}?" + STATE + ")\\b"),
            TextPattern.compile("\\b(?:esta|estaba|estan|estaban)\\s+todo\\s+(?:bien|ok|correcto|en\\s+orden|normal)\\b"
                    + "|\\b(?:todo|la\\s+configuracion)\\s+(?:esta|estaba)\\s+(?:bien|ok|correct[oa]|en\\s+orden)\\b"),
            // actions taken: "ya lo corregi", "lo que hice fue", "te restableci la clave", "quedo configurado"
            TextPattern.compile("\\b(?:ya|recien|yo|ahi|listo\\s*,?|perfecto\\s*,?|bien\\s*,?)\\s+"
                    + "(?:(?:te|le|les|se|me)\\s+)?(?:(?:lo|la|los|las)\\s+)?" + DONE + "\\b"),
            TextPattern.compile("(?<!\\bque\\s|\\bque\\s(?:te|le|les|se|me)\\s)\\b(?:te|le|les|se|lo|la|los|las)\\s+"
                    + "(?:(?:lo|la|los|las)\\s+)?" + DONE + "\\b"),
            TextPattern.compile("\\b" + UNAMBIGUOUSLY_DONE + "\\b"),
            TextPattern.compile("\\b(?:ya\\s+)?(?:quedo|quedaron|esta|estan)\\s+(?:\\w+\\s+)?(?:corregid|configurad|"
                    + "restablecid|reestablecid|desbloquead|habilitad|activad|reactivad|actualizad|renovad|"
                    + "modificad|cambiad|apuntad|agregad|cread|liberad|ampliad|restaurad|reseteado|blanquead|"
                    + "migrad|instalad|emitid|generad|eliminad|vaciad)[oa]s?\\s+(?:el|la|los|las|tu|tus|su|sus|"
                    + "correctamente|bien|de\\s+nuevo|nuevamente|otra\\s+vez|con|en|a|al|para|desde|y)\\b"),
            // an outcome with its reason: "ya lo arregle, era el MX", "ahora funciona porque..."
            TextPattern.compile(
                    "\\b(?:solucion\\w*|resuel\\w*|resolvi\\w*|arregl\\w*|funcion\\w*|anda\\w*)\\b[^?]{0,40}"
                            + "(?:\\b(?:porque|ya\\s+que|dado\\s+que)\\b|,\\s*(?:era|eran|habia|estaba|estaban|tenia|faltaba)\\b)"),
            // why it cannot be solved from the chat
            TextPattern.compile(
                    "\\bdesde\\s+(?:el\\s+chat|aca|soporte|nuestro\\s+lado|este\\s+canal|mi\\s+lado)\\b(?:\\s+\\S+){0,4}?"
                            + "\\s+no\\s+(?:(?:te|le|les|se)\\s+)?(?:(?:lo|la|los|las)\\s+)?(?:puedo|podemos|se\\s+puede|es\\s+posible)\\b"),
            TextPattern.compile(
                    "\\b(?:depende|dependen)\\s+(?:del|de\\s+(?:la|los|las|tu|su))\\s+(?:plan|area|proveedor|registro|nic|"
                            + "registrante|titular|contrato|servicio|banco|entidad)\\b"),
            TextPattern.compile(
                    "\\bno\\s+(?:lo\\s+|la\\s+|los\\s+|las\\s+|te\\s+|le\\s+)?(?:puedo|podemos|es\\s+posible|"
                            + "se\\s+puede|tenemos\\s+(?:acceso|forma|manera))\\b[^?]{0,80}\\b(?:porque|ya\\s+que|dado\\s+que|"
                            + "debido|por\\s+que|pues|al\\s+ser|dependemos|depende|ya\\s+que|sin)\\b"),
            TextPattern.compile("\\b(?:eso|esto|el\\s+cambio|la\\s+configuracion|el\\s+tramite|la\\s+renovacion)\\s+"
                    + "(?:lo\\s+)?(?:tiene\\s+que|debe|deberia|tendria\\s+que|corresponde|depende|se\\s+hace|se\\s+gestiona)"
                    + "\\b[^?]{0,60}\\b(?:area|tecnic|proveedor|nic|registrante|titular|desarrollador|programador|"
                    + "administrador|banco|entidad|nosotros|vos|usted|ustedes|otro)\\w*"),
            TextPattern.compile(
                    "\\b(?:no\\s+depende\\s+de\\s+nosotros|esta\\s+fuera\\s+de\\s+(?:nuestro|mi)\\s+alcance|"
                            + "excede\\s+(?:nuestro|mi|el)\\s+(?:soporte|alcance)|no\\s+(?:esta|entra)\\s+(?:dentro\\s+)?"
                            + "(?:de|en)\\s+(?:nuestro|el|mi)\\s+(?:alcance|soporte|servicio)|no\\s+(?:lo\\s+)?"
                            + "(?:cubre|incluye)\\s+(?:el|tu|su|nuestro)\\s+(?:plan|servicio|soporte))\\b"),
            // how it works: "los cambios de DNS tardan hasta 24 horas en propagarse"
            TextPattern.compile("\\b(?:tarda|tardan|demora|demoran|puede\\s+tardar|pueden\\s+tardar|puede\\s+demorar|"
                    + "pueden\\s+demorar|suele\\s+tardar|suelen\\s+tardar)\\b[^?]{0,40}\\b(?:horas|hs|dias)\\b"
                    + "[^?]{0,40}\\bpropag\\w*"));

    /** The customer's own account said back ("o sea que la web da error 503") is a paraphrase, not a finding. */
    private static final TextPattern RESTATEMENT =
            TextPattern.compile("^(?:\\S+\\s*,?\\s+){0,3}?(?:o\\s+sea\\s+que|osea\\s+que|"
                    + "entiendo\\s+que|si\\s+(?:te\\s+|le\\s+)?entendi\\s+bien|a\\s+ver\\s+si\\s+(?:te\\s+|le\\s+)?(?:entendi|sigo)|"
                    + "si\\s+(?:te\\s+|le\\s+)?sigo|me\\s+(?:decis|dices|dice|contas|cuentas|cuenta|comentas|comenta|indicas|indica)\\s+que|"
                    + "por\\s+lo\\s+que\\s+me\\s+(?:contas|decis|comentas|cuenta|dice|comenta))\\b");

    @Override
    public CriterionId id() {
        return CriterionId.EXPLANATION;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        for (AnalyzedMessage message : chat.agentMessages()) {
            Optional<Evidence> explanation = explanation(message);
            if (explanation.isPresent()) {
                return CriterionResult.of(id(), Verdict.MET, explanation.get());
            }
        }
        return CriterionResult.withoutEvidence(
                id(),
                Verdict.NOT_OBSERVED,
                "the agent did not explain what it did, what it found or why it cannot solve it");
    }

    /** The first assertive sentence of the message that explains (questions only ask). */
    private static Optional<Evidence> explanation(AnalyzedMessage message) {
        return message.text()
                .fact(ExplanationCriterion.class, ExplanationCriterion::explainingWords)
                .map(quote -> new Evidence(message.index(), quote));
    }

    /** The explaining words of a text, read once per text (agents paste their explanations). */
    private static Optional<String> explainingWords(NormalizedText text) {
        List<TextPattern> possible = Sentences.cuesPossibleIn(text, EXPLANATIONS);
        if (possible.isEmpty()) {
            return Optional.empty();
        }
        for (Sentences.Sentence sentence : Sentences.of(text)) {
            if (sentence.question() || RESTATEMENT.foundIn(sentence.text())) {
                continue;
            }
            for (TextPattern pattern : possible) {
                Matcher matcher = pattern.matcher(sentence.text());
                if (matcher.find()) {
                    int start = sentence.start();
                    return Optional.of(text.match(
                                    start + matcher.start(),
                                    start + sentence.text().length())
                            .quote());
                }
            }
        }
        return Optional.empty();
    }
}
