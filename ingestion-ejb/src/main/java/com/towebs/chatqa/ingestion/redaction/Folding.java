package com.towebs.chatqa.ingestion.redaction;

/**
 * Lower case without accents, one character for one character, so an offset found in the folded text is
 * the same offset in the original and the marker replaces exactly the characters the customer typed.
 * (SpanishNormalizer folds the same way but also expands abbreviations, collapses spaces and drops symbols,
 * which passwords are made of; its folding is not public, so the one-to-one part is repeated here.)
 */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        return switch (Character.toLowerCase(c)) {
            case 'á', 'à', 'ä', 'â', 'ã' -> 'a';
            case 'é', 'è', 'ë', 'ê' -> 'e';
            case 'í', 'ì', 'ï', 'î' -> 'i';
            case 'ó', 'ò', 'ö', 'ô', 'õ' -> 'o';
            case 'ú', 'ù', 'ü', 'û' -> 'u';
            case 'ñ' -> 'n';
            case 'ç' -> 'c';
            default -> Character.toLowerCase(c);
        };
    }
}
