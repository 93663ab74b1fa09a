package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the value after a label ("usuario:", "mi clave es") starts and ends, and whether a word is a
 * plausible secret or an ordinary word of a sentence about one ("la clave es incorrecta").
 */
final class SecretValues {

    /**
     * Words that follow "la clave es" / "contraseña:" in a sentence about a password, not in a password:
     * articles, pronouns, prepositions, and the adjectives customers and agents use for passwords. Folded.
     */
    static final Set<String> NOT_A_SECRET = Set.of(
            "la",
            "el",
            "lo",
            "los",
            "las",
            "un",
            "una",
            "uno",
            "unos",
            "unas",
            "mi",
            "mis",
            "tu",
            "tus",
            "su",
            "sus",
            "de",
            "del",
            "al",
            "a",
            "en",
            "con",
            "sin",
            "por",
            "para",
            "que",
            "y",
            "o",
            "u",
            "e",
            "ni",
            "no",
            "si",
            "ya",
            "muy",
            "mas",
            "re",
            "tan",
            "bien",
            "mal",
            "asi",
            "como",
            "cual",
            "cuales",
            "donde",
            "cuando",
            "quien",
            "porque",
            "pero",
            "tambien",
            "tampoco",
            "nada",
            "algo",
            "todo",
            "ese",
            "esa",
            "eso",
            "este",
            "esta",
            "esto",
            "es",
            "son",
            "era",
            "fue",
            "sera",
            "seria",
            "estaba",
            "estan",
            "igual",
            "misma",
            "mismo",
            "distinta",
            "distinto",
            "diferente",
            "otra",
            "otro",
            "nueva",
            "nuevo",
            "vieja",
            "viejo",
            "anterior",
            "actual",
            "correcta",
            "correcto",
            "incorrecta",
            "incorrecto",
            "invalida",
            "invalido",
            "valida",
            "valido",
            "erronea",
            "erroneo",
            "mala",
            "malo",
            "buena",
            "bueno",
            "segura",
            "seguro",
            "insegura",
            "debil",
            "fuerte",
            "larga",
            "largo",
            "corta",
            "corto",
            "facil",
            "dificil",
            "rara",
            "raro",
            "temporal",
            "provisoria",
            "provisorio",
            "obligatoria",
            "necesaria",
            "requerida",
            "generica",
            "automatica",
            "ok",
            "dale",
            "gracias",
            "ahi",
            "aca",
            "abajo",
            "arriba",
            "siguiente",
            "ninguna",
            "ninguno",
            "alguna",
            "alguno",
            "nunca",
            "siempre",
            "hoy",
            "ayer",
            "antes",
            "despues",
            "ahora",
            "todavia",
            "aun",
            "cambio",
            "cambie",
            "olvide",
            "recuerdo",
            "acuerdo",
            "se",
            "me",
            "te",
            "le",
            "solo",
            "solamente",
            "unicamente",
            "personal",
            "secreta",
            "tuya",
            "suya",
            "mia",
            "nuestra",
            "intransferible",
            "confidencial");

    /**
     * Words that say whose or which secret it is ("la clave <b>del cpanel</b> es", "contraseña <b>de
     * wordpress</b>:"). They may stand between the label and the separator; alone they are never the value.
     */
    static final Set<String> QUALIFIERS = Set.of(
            "de",
            "del",
            "la",
            "el",
            "para",
            "en",
            "mi",
            "tu",
            "su",
            "nueva",
            "nuevo",
            "actual",
            "vieja",
            "viejo",
            "anterior",
            "temporal",
            "provisoria",
            "cpanel",
            "panel",
            "mail",
            "correo",
            "email",
            "e-mail",
            "casilla",
            "webmail",
            "hosting",
            "ftp",
            "sftp",
            "ssh",
            "wordpress",
            "wp",
            "admin",
            "administrador",
            "root",
            "mysql",
            "base",
            "datos",
            "db",
            "bd",
            "sitio",
            "web",
            "pagina",
            "cuenta",
            "dominio",
            "servidor",
            "vps",
            "plesk",
            "whm",
            "directadmin",
            "cliente",
            "area",
            "acceso",
            "ingreso",
            "fiscal",
            "afip",
            "wifi",
            "router",
            "principal",
            "usuario",
            "joomla",
            "prestashop",
            "tienda",
            "backend",
            "dashboard",
            "publica",
            "privada",
            "rsa",
            "ed25519",
            "ecdsa",
            "dsa",
            "pgp",
            "gpg",
            "dkim");

    /**
     * Lower-case participles and infinitives ("bloqueada", "vencido", "cambiar", "resetear") describe or
     * act on a password; a plain lower-case word with these endings after "es" is read as part of the
     * sentence, not as the secret.
     */
    private static final Pattern SENTENCE_WORD_ENDING = Pattern.compile("[a-z]{2,}(?:ad[oa]s?|id[oa]s?|ar|er|ir)");

    /** Punctuation closing a sentence or a quoted/JSON value, not part of the secret when trailing. */
    private static final String TRAILING_PUNCTUATION = ".,;:)]}\"'»\\";

    private static final String QUOTES = "\"'«“‘`";

    static final String MARKER_PREFIX = "[REDACTED:";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern DOMAIN_OR_FILE = Pattern.compile("(?:[\\w-]+\\.)+[a-zA-Z]{2,}(?:/\\S*)?");
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://\\S+|www\\.\\S+");
    private static final Pattern IP = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?");
    private static final Pattern TICKET = Pattern.compile("#\\d+");

    private SecretValues() {}

    /**
     * The value that starts at or after {@code from} (after spaces): a quoted string up to its closing
     * quote on the same line, else the run of non-space characters without trailing punctuation. Null
     * when there is none or it is already a marker.
     */
    static int[] valueAfter(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length()) {
            return null;
        }
        char first = text.charAt(start);
        if (QUOTES.indexOf(first) >= 0) {
            char close = closingQuote(first);
            int end = start + 1;
            while (end < text.length() && text.charAt(end) != close && text.charAt(end) != '\n') {
                end++;
            }
            if (end < text.length() && text.charAt(end) == close && end > start + 1) {
                return text.startsWith(MARKER_PREFIX, start + 1) ? null : new int[] {start + 1, end};
            }
            start++; // an unbalanced quote: read the rest as a plain value
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return trimmed(text, start, end);
    }

    /** [start, end) without trailing punctuation; null when nothing is left or it is a marker. */
    static int[] trimmed(String text, int start, int end) {
        while (end > start && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end && QUOTES.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (end <= start || text.startsWith(MARKER_PREFIX, start) || text.startsWith("REDACTED:", start)) {
            return null;
        }
        return new int[] {start, end};
    }

    private static char closingQuote(char open) {
        return switch (open) {
            case '«' -> '»';
            case '“' -> '”';
            case '‘' -> '’';
            default -> open;
        };
    }

    /**
     * An ordinary word of a sentence about a secret ("la clave es <b>incorrecta</b>", "quedó
     * <b>bloqueada</b>"): never redacted as the value after a label.
     */
    static boolean isSentenceWord(String value) {
        return isFunctionWord(value) || isParticipleOrInfinitive(value);
    }

    /**
     * A word from the fixed lists (articles, adjectives for passwords, qualifiers, the labels themselves).
     * After a symbol ("contraseña: bloqueada") only these are refused: a colon announces a value.
     */
    static boolean isFunctionWord(String value) {
        String folded = SpanishNormalizer.foldCharacters(core(value));
        return NOT_A_SECRET.contains(folded)
                || QUALIFIERS.contains(folded)
                || CredentialPatterns.KEYWORD_ALONE.matcher(folded).matches();
    }

    private static boolean isParticipleOrInfinitive(String value) {
        String core = core(value);
        boolean plainLowerCase = core.chars().allMatch(Character::isLowerCase);
        return plainLowerCase
                && SENTENCE_WORD_ENDING
                        .matcher(SpanishNormalizer.foldCharacters(core))
                        .matches();
    }

    /**
     * The value without the question or exclamation marks around it, for judging only: "¿con su clave
     * fiscal?" asks about "fiscal". The redacted span keeps them ("Hola123!" may be the whole password).
     */
    static String core(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && "¿¡".indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "?!".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }

    /**
     * A value that reads as a secret on its own: digits and letters, a symbol among them, a capital after
     * the first letter, or a PIN-like run of four or more digits. "Hola123!", "juanp_2", "qWerty", "4821".
     */
    static boolean looksLikeSecret(String value) {
        value = core(value);
        if (value.length() < 4 || isSentenceWord(value) || isAddress(value)) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        boolean innerCapital = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                innerCapital |= i > 0 && Character.isUpperCase(c);
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        boolean mixedCase = innerCapital && !value.equals(value.toUpperCase(java.util.Locale.ROOT));
        return (letter && digit) || (symbol && (letter || digit)) || mixedCase || (digit && !letter && !symbol);
    }

    /** A value a secret-shape rule must leave alone: e-mail, URL, domain or file name, IP, ticket number. */
    static boolean isAddress(String value) {
        return EMAIL.matcher(value).matches()
                || URL.matcher(value).matches()
                || DOMAIN_OR_FILE.matcher(value).matches()
                || IP.matcher(value).matches()
                || TICKET.matcher(value).matches();
    }
}
