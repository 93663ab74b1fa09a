package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.operations.ingestion.redaction.Redaction.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials spread over messages: the agent asks ("¿me pasás la contraseña?") or the customer announces
 * ("te paso la clave") and the secret comes alone in a following customer message. Requests and
 * announcements are read on {@link SpanishNormalizer}'s text (folded, "pass" spelled "password",
 * "siii" shrunk); the answer is cut from the original.
 */
final class CredentialDialogue {

    private static final String PASSWORD_NOUN =
            "(?:contrasenh?i?a|clave|password|passwd|pwd|pw|pin|(?<=(?:la|tu|su) )contra)";
    private static final String USERNAME_NOUN = "(?:usuario|user|username|login|nombre de usuario)";
    /** Nouns for both at once: "credenciales", "datos de acceso", "los accesos". */
    private static final String BOTH_NOUN = "(?:credenciales|datos de (?:acceso|ingreso|login)|accesos)";

    private static final Pattern USERNAME_NOUN_WORD = Pattern.compile("\\b" + USERNAME_NOUN + "\\b");
    private static final Pattern PASSWORD_NOUN_WORD = Pattern.compile("\\b" + PASSWORD_NOUN + "\\b");
    private static final Pattern BOTH_NOUN_WORD = Pattern.compile("\\b" + BOTH_NOUN + "\\b");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String ANY_NOUN = "(?:" + PASSWORD_NOUN + "|" + USERNAME_NOUN + "|" + BOTH_NOUN + ")";

    /**
     * Verbs of handing over, voseo, tú and usted: "pasame / me pasás / pásenos", "decime / dígame",
     * "indicame / indique", "enviame / envíe", "necesito / necesitaríamos", "¿cuál es tu ...?".
     */
    private static final String GIVE_VERB = "(?:pas(?:a|as|e|en|es|ame|anos|eme|enos|arme|arnos)"
            + "|da(?:me|nos)|de(?:me|nos)|dar(?:me|nos)|me das|nos das|me da|nos da"
            + "|deci(?:me|nos|rme|rnos)|diga(?:me|nos)?|indica(?:me|nos|rme|rnos)?|indique(?:me|nos)?"
            + "|envia(?:me|nos|rme|rnos)?|envie(?:me|nos)?|manda(?:me|nos|rme|rnos)?|mande(?:me|nos)?"
            + "|escribi(?:me|nos)|escriba(?:me|nos)?|facilita(?:me|nos|rme|rnos)?|facilite(?:me|nos)?"
            + "|proporciona(?:me|nos|rme|rnos)?|proporcione(?:me|nos)?|comparti(?:me|nos|rme|rnos)"
            + "|comparta(?:me|nos)?|brinda(?:me|nos|rme|rnos)?|brinde(?:me|nos)?|confirma(?:me|nos|rme|rnos)?"
            + "|confirme(?:me|nos)?|necesit(?:o|amos|aria|ariamos)|precis(?:o|amos|aria|ariamos)"
            + "|requiero|requerimos|(?:voy|vamos|va) a necesitar|pedir(?:te|le|les)|te pido|le pido|les pido|cual es|cuales son"
            // A bare infinitive ("para enviar el teléfono guarda una contraseña") asks only after a modal.
            + "|(?:podes|podrias|podria|puede|pueden|podrian|queres|quiere|tendrias que|tendria que|vas a|va a)"
            + " (?:pasar|dar|decir|indicar|enviar|mandar|escribir|facilitar|proporcionar|compartir|brindar"
            + "|confirmar)(?:me|nos)?)";

    /** A request: a give verb, then within the sentence (no "que" clause, five words at most) a noun. */
    private static final Pattern REQUEST = Pattern.compile(
            "(?<!que )\\b" + GIVE_VERB + "\\b(?:\\s+(?!que\\b)[^\\s.!?;:]+){0,5}?\\s+" + ANY_NOUN + "\\b");

    /** A bare question: "¿usuario?", "¿y la contraseña?", "¿tu clave del panel?". */
    private static final Pattern BARE_QUESTION = Pattern.compile("(?:^|[.!?¿]\\s*)(?:y\\s+)?(?:(?:tu|su|la|el)\\s+)?"
            + ANY_NOUN + "(?:\\s+(?:del|de la|de)\\s+[a-z]+)?\\s*\\?");

    /**
     * "no me pases la clave", "nunca te vamos a pedir la contraseña", "no hace falta que me la pases":
     * a warning, not a request. Up to six words between the negation and the verb.
     */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:no|nunca|jamas|ni)\\b(?:\\s+[^\\s.!?;]+){0,6}\\s*$");

    /**
     * The customer announces the secret: "te paso la clave", "le envío usuario y contraseña", "ahí va la
     * contraseña", "la clave es:" or "contraseña:" closing the message.
     */
    private static final Pattern ANNOUNCE = Pattern.compile("\\b(?:(?:te|le|les|se)\\s+(?:(?:lo|la|los|las)\\s+)?"
            + "(?:paso|pase|mando|envio|dejo|escribo|doy)|ahi (?:te |le )?(?:va|van)|aca (?:te |le )?(?:va|van)"
            + "|ahi tenes|ahi tiene)\\b(?:\\s+(?:el|la|los|las|mi|mis|nuevo|nueva|y))*\\s+" + ANY_NOUN + "\\b"
            + "|" + ANY_NOUN + "(?:\\s+(?:del|de la|de)\\s+[a-z]+)?\\s*(?::|\\bes\\s*:?|\\bseria\\s*:?)\\s*$");

    /**
     * Replies that are not secrets, compared after SpanishNormalizer: acknowledgements, fillers, stalling.
     * A reply made only of these words ("ok", "ya va", "un segundo", "siii!") leaves the request pending.
     */
    static final Set<String> REPLY_WORDS = Set.of(
            "si",
            "no",
            "ok",
            "dale",
            "listo",
            "ya",
            "gracias",
            "perfecto",
            "bueno",
            "bien",
            "espera",
            "espere",
            "esperame",
            "aguarda",
            "aguarde",
            "aguardame",
            "momento",
            "un",
            "una",
            "segundo",
            "seg",
            "minuto",
            "minutos",
            "segundos",
            "hola",
            "buenas",
            "joya",
            "genial",
            "claro",
            "obvio",
            "exacto",
            "correcto",
            "barbaro",
            "excelente",
            "ahi",
            "aca",
            "voy",
            "va",
            "uff",
            "mmm",
            "jaja",
            "jajaja",
            "nop",
            "sip",
            "ahora",
            "enseguida",
            "chau",
            "cual",
            "que",
            "como",
            "donde",
            "para",
            "porque",
            "perdon",
            "disculpa",
            "disculpe",
            "hecho",
            "igual",
            "tampoco",
            "tambien",
            "nada",
            "nunca",
            "seguro",
            "eh",
            "ah",
            "te",
            "la",
            "lo",
            "paso",
            "busco",
            "fijo",
            "me",
            "fijate",
            "entendi",
            "de",
            "acuerdo",
            "por",
            "favor",
            "y",
            "vos",
            "usted",
            "tengo",
            "se",
            "sabes",
            "creo",
            "es",
            "esa",
            "esta",
            "eso",
            "misma",
            "mismo",
            "mi",
            "tu",
            "su",
            "el",
            "ese",
            "re",
            "muy",
            "recuerdo",
            "olvide");

    /** Leading words before the secret in an answer: "ok, es Hola123", "ahí va: Hola123", "sería hola123". */
    private static final Pattern ANSWER_LEAD = Pattern.compile("^[\\s¿¡]*(?:(?:ok|okey|dale|si|bueno|listo|perfecto"
            + "|ahi\\s+(?:te\\s+|le\\s+)?va|aca\\s+(?:te\\s+|le\\s+)?va|ahi\\s+tenes|ahi\\s+tiene|es|seria|son"
            + "|tene|tome|toma)(?=[\\s,.:!-])[\\s,.:!-]*)*");

    /** Two answers in one message: "juanp / Hola123", "juanp y Hola123", "juanp Hola123". */
    private static final Pattern TWO_VALUES = Pattern.compile("^(\\S+?)[,;]?(?:\\s*[/|]\\s*|\\s+y\\s+|\\s+)(\\S+)$");

    private CredentialDialogue() {}

    /** What an agent's message asks for, username first; empty when it asks for nothing. */
    static List<Kind> requested(String text) {
        String normalized = SpanishNormalizer.normalize(text).text();
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Matcher request = REQUEST.matcher(normalized);
        while (request.find()) {
            if (!NEGATED.matcher(normalized.substring(0, request.start())).find()) {
                // Every noun of the sentence counts: "pasame usuario y clave" asks for both.
                kinds.addAll(nounsIn(sentenceFrom(normalized, request.start())));
            }
        }
        Matcher question = BARE_QUESTION.matcher(normalized);
        while (question.find()) {
            kinds.addAll(nounsIn(question.group()));
        }
        return ordered(kinds);
    }

    /** What a customer's message says is coming next ("te paso la clave"); empty when nothing. */
    static List<Kind> announced(String text) {
        String normalized = SpanishNormalizer.normalize(text).text();
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Matcher announce = ANNOUNCE.matcher(normalized);
        while (announce.find()) {
            kinds.addAll(nounsIn(announce.group()));
        }
        return ordered(kinds);
    }

    /**
     * The secrets in a customer's answer to a pending request: the message (after "ok", "es", "ahí va")
     * is one value, or two when two are pending; a reply of acknowledgement words is no answer. A longer
     * message contributes only values that look like secrets (letters and digits mixed).
     */
    static List<Span> answer(String original, List<Kind> pending) {
        List<Span> spans = new ArrayList<>();
        if (pending.isEmpty() || isOnlyReplyWords(original)) {
            return spans;
        }
        String folded = SpanishNormalizer.foldCharacters(original);
        Matcher lead = ANSWER_LEAD.matcher(folded);
        int start = lead.lookingAt() ? lead.end() : 0;
        int end = original.length();
        while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        String rest = original.substring(start, end);
        if (rest.isEmpty() || rest.endsWith("?")) {
            return spans;
        }
        if (!rest.matches(".*\\s.*")) {
            addAnswer(original, start, end, pending.get(0), spans);
            return spans;
        }
        Matcher two = TWO_VALUES.matcher(rest);
        if (pending.size() > 1 && two.matches()) {
            int[] first = SecretValues.trimmed(original, start + two.start(1), start + two.end(1));
            int[] second = SecretValues.trimmed(original, start + two.start(2), start + two.end(2));
            if (first != null
                    && second != null
                    && !SecretValues.isSentenceWord(original.substring(first[0], first[1]))
                    && !SecretValues.isSentenceWord(original.substring(second[0], second[1]))) {
                spans.add(new Span(first[0], first[1], pending.get(0), Span.CREDENTIAL));
                spans.add(new Span(second[0], second[1], pending.get(1), Span.CREDENTIAL));
                return spans;
            }
        }
        Matcher word = WORD.matcher(original);
        word.region(start, end);
        while (word.find()) {
            int[] value = SecretValues.trimmed(original, word.start(), word.end());
            if (value != null
                    && mixesLettersAndDigits(original.substring(value[0], value[1]))
                    && SecretValues.looksLikeSecret(original.substring(value[0], value[1]))) {
                spans.add(new Span(value[0], value[1], pending.get(0), Span.CREDENTIAL));
            }
        }
        return spans;
    }

    private static void addAnswer(String original, int start, int end, Kind kind, List<Span> spans) {
        int[] value = SecretValues.trimmed(original, start, end);
        // A lone answer keeps its "!" or "." if it has other symbols: "Hola123!" is the whole password.
        if (value != null && original.charAt(end - 1) == '!' && value[1] < end) {
            value = new int[] {value[0], end};
        }
        if (value != null
                && value[1] - value[0] >= 3
                && !SecretValues.NOT_A_SECRET.contains(
                        SpanishNormalizer.foldCharacters(original.substring(value[0], value[1])))) {
            spans.add(new Span(value[0], value[1], kind, Span.CREDENTIAL));
        }
    }

    private static String sentenceFrom(String text, int start) {
        int end = start;
        while (end < text.length() && ".!?;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean isOnlyReplyWords(String text) {
        List<String> words = SpanishNormalizer.normalize(text).words();
        return words.stream().allMatch(REPLY_WORDS::contains);
    }

    private static boolean mixesLettersAndDigits(String value) {
        return value.chars().anyMatch(Character::isLetter) && value.chars().anyMatch(Character::isDigit);
    }

    private static Set<Kind> nounsIn(String phrase) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (USERNAME_NOUN_WORD.matcher(phrase).find()) {
            kinds.add(Kind.USERNAME);
        }
        if (PASSWORD_NOUN_WORD.matcher(phrase).find()) {
            kinds.add(Kind.PASSWORD);
        }
        if (BOTH_NOUN_WORD.matcher(phrase).find()) {
            kinds.add(Kind.USERNAME);
            kinds.add(Kind.PASSWORD);
        }
        return kinds;
    }

    private static List<Kind> ordered(Set<Kind> kinds) {
        return List.copyOf(kinds); // EnumSet iterates USERNAME before PASSWORD
    }
}
