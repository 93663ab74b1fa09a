package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.operations.ingestion.redaction.Redaction.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Usernames and passwords labelled within one text: "usuario: juanp / contraseña: Hola123!", "mi clave es
 * hola123", "user juanp pass Hola123", "la clave del mail info@x.com es ...", "password=...". The patterns
 * run over the folded text (lower case, no accents, same offsets); the values are cut from the original.
 */
final class CredentialPatterns {

    /**
     * Words naming a password. "contra" counts only after a determiner ("la contra es ...": alone it is the
     * preposition); "clave" not in "palabra clave" / "punto clave" (key word, key point) nor in "clave de
     * api" (a token, see {@link TokenPatterns}).
     */
    static final String PASSWORD_WORD = "(?:contrasen(?:i|h)?a|passwords?|passwd|passw|pass|pwd|pw|psw|pin"
            + "|(?<!palabras |palabra |punto |tema |dato |pieza |factor )clave(?!\\s+(?:de\\s+(?:la\\s+)?)?api)"
            + "|(?<=(?:la|mi|tu|su|esa) )contra)";

    static final String USERNAME_WORD = "(?:nombre\\s+de\\s+usuario|username|usuario|user|usr|login)";

    /** Not inside an e-mail address, file name or identifier ("usuario@dominio.com", "user_id"). */
    private static final String WORD_START = "(?<![\\w@.-])";

    private static final String WORD_END = "(?![\\w@-]|\\.\\w)";

    private static final String KEYWORD =
            WORD_START + "(?:(?<password>" + PASSWORD_WORD + ")|(?<username>" + USERNAME_WORD + "))" + WORD_END;

    static final Pattern KEYWORD_ALONE = Pattern.compile("(?:" + PASSWORD_WORD + "|" + USERNAME_WORD + ")");

    private static final String EMAIL = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";
    private static final String DOMAIN = "[\\w-]+(?:\\.[\\w-]+)+";

    /** Words that may stand between the label and the separator: "la clave del cpanel de x.com es". */
    private static final String QUALIFIER_GAP = "(?:\\s+(?:"
            + SecretValues.QUALIFIERS.stream().map(Pattern::quote).collect(Collectors.joining("|"))
            + "|" + EMAIL + "|" + DOMAIN + ")" + WORD_END + "){0,5}";

    /**
     * Any few words between the label and the separator ("la contraseña que puse ayer es ..."), none of
     * them a label or a sentence break. Only a value that looks like a secret is taken after such a gap.
     */
    private static final String LOOSE_GAP =
            "(?:\\s+(?!" + KEYWORD_ALONE.pattern() + "\\b)[^\\s,;!?:=]*[^\\s.,;!?:=]){1,6}?";

    /** ":" "=" "->" "=>" (a quote may close a JSON key first), or a copula: "es", "sería", "era". */
    private static final String SEPARATOR =
            "(?:\\s*[\"']?\\s*(?<symbol>:|=>|->|=)|\\s+(?:es|seria|era|sera)(?:\\s*:)?(?=\\s))";

    /** Label, qualifiers, separator: "mi clave es", "contraseña del cpanel:", "PASSWORD=". */
    static final Pattern LABELLED = Pattern.compile(KEYWORD + QUALIFIER_GAP + SEPARATOR);

    /** Label, any short gap, separator: the value must look like a secret. */
    static final Pattern LOOSELY_LABELLED = Pattern.compile(KEYWORD + LOOSE_GAP + SEPARATOR);

    /** Label right before the value, no separator: "pass Hola123", "el usuario juan_22". */
    static final Pattern ADJACENT = Pattern.compile(KEYWORD + "[ \\t]+");

    /** A line that is only a label and its value: "clave perrito", "y la contra: hola". */
    static final Pattern WHOLE_LINE = Pattern.compile("(?m)^[\\s¿¡\"']*(?:(?:y|e|la|el|mi|su|tu)\\s+)*" + KEYWORD
            + QUALIFIER_GAP + "(?:" + SEPARATOR + ")?[ \\t]*");

    /**
     * Username then password with or without separators: "user juanp pass Hola123", "usuario: juanp /
     * contraseña perrito", "mi usuario es juanp y mi clave perrito".
     */
    static final Pattern PAIR = Pattern.compile(WORD_START + USERNAME_WORD + "\\s*(?:[:=]|\\s(?:es|seria|era))?\\s*"
            + "(?<user>[^\\s,;/|]+)\\s*(?:[,;/|-]\\s*)?(?:(?:y|e|la|el|mi|su|tu)\\s+)*" + PASSWORD_WORD
            + WORD_END + "\\s*(?:[:=]|\\s(?:es|seria|era)(?=\\s))?[ \\t]*");

    private CredentialPatterns() {}

    static void find(String original, String folded, List<Span> out) {
        Matcher labelled = LABELLED.matcher(folded);
        while (labelled.find()) {
            boolean symbol = labelled.group("symbol") != null;
            addValue(
                    original,
                    labelled.end(),
                    kindOf(labelled),
                    out,
                    value -> symbol ? !SecretValues.isFunctionWord(value) : !SecretValues.isSentenceWord(value));
        }
        Matcher loose = LOOSELY_LABELLED.matcher(folded);
        while (loose.find()) {
            addValue(original, loose.end(), kindOf(loose), out, SecretValues::looksLikeSecret);
        }
        Matcher adjacent = ADJACENT.matcher(folded);
        while (adjacent.find()) {
            addValue(original, adjacent.end(), kindOf(adjacent), out, SecretValues::looksLikeSecret);
        }
        Matcher line = WHOLE_LINE.matcher(folded);
        while (line.find()) {
            int[] value = SecretValues.valueAfter(original, line.end());
            if (value != null
                    && endsLine(original, value[1])
                    && !SecretValues.isSentenceWord(original.substring(value[0], value[1]))) {
                out.add(new Span(value[0], value[1], kindOf(line), Span.CREDENTIAL));
            }
        }
        Matcher pair = PAIR.matcher(folded);
        while (pair.find()) {
            int[] user = SecretValues.trimmed(original, pair.start("user"), pair.end("user"));
            int[] password = SecretValues.valueAfter(original, pair.end());
            if (user == null || password == null) {
                continue;
            }
            String userValue = original.substring(user[0], user[1]);
            String passwordValue = original.substring(password[0], password[1]);
            // Two labels in a row leave no doubt: only the fixed word lists can veto a value.
            if (!SecretValues.isFunctionWord(userValue) && !SecretValues.isFunctionWord(passwordValue)) {
                out.add(new Span(user[0], user[1], Kind.USERNAME, Span.CREDENTIAL));
                out.add(new Span(password[0], password[1], Kind.PASSWORD, Span.CREDENTIAL));
            }
        }
    }

    private static Kind kindOf(Matcher matcher) {
        return matcher.group("password") != null ? Kind.PASSWORD : Kind.USERNAME;
    }

    private static void addValue(
            String original, int from, Kind kind, List<Span> out, java.util.function.Predicate<String> accept) {
        int[] value = SecretValues.valueAfter(original, from);
        if (value != null && accept.test(original.substring(value[0], value[1]))) {
            out.add(new Span(value[0], value[1], kind, Span.CREDENTIAL));
        }
    }

    /** Only spaces and closing punctuation follow until the end of the line. */
    private static boolean endsLine(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c) && ".,;!?)]}\"'»".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
