package com.towebs.chatqa.evaluation.cues;

import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.es.SpanishLightStemmer;

/**
 * Turns a phrase as a QA analyst writes it ("disculpá la demora") into the regular expression the engine matches
 * normalised messages with, so that one phrase matches the ways chats write it:
 * <ul>
 *   <li>accents, case, stretched letters, chat abbreviations and common typos: the phrase is normalised exactly as
 *       messages are ({@link SpanishNormalizer}), so "disculpá", "DISCULPAAA" and "disculpa" read the same;</li>
 *   <li>inflection: each word of five letters or more matches every word with the same stem under Lucene's light
 *       Spanish stemmer, which folds the endings -a/-e/-o and their plurals: "disculpa" matches "disculpe" and
 *       "disculpas", "revisá" matches "reviso", "revisas", "revise" (voseo, tuteo and usted in the present and
 *       the imperative without pronouns); shorter words match as written;</li>
 *   <li>{@code *} stands for any one word, and {@code {list}} for a list of the cue set.</li>
 * </ul>
 * Forms the stemmer does not fold (stem changes like "tenés"/"tienes", pronouns attached like "fijate"/"fíjese")
 * are written as further phrases of the same cue.
 */
final class Phrases {

    /** What Lucene's light stemmer strips from words of five letters or more. */
    private static final List<String> ENDINGS = List.of("", "a", "e", "o", "as", "es", "os");

    private static final String BETWEEN_WORDS = "[\\s,;:]+";

    private Phrases() {}

    /**
     * The expression for one phrase.
     *
     * @param lists expands a {@code {list}} token to its expression
     * @throws IllegalArgumentException if the phrase has no words
     */
    static String regex(String phrase, UnaryOperator<String> lists) {
        List<String> parts = new ArrayList<>();
        for (String token : phrase.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("*")) {
                parts.add("[a-z0-9]+");
            } else if (token.matches("\\{[a-z][a-z0-9-]*}")) {
                parts.add(lists.apply(token));
            } else {
                for (String word : SpanishNormalizer.normalize(token).words()) {
                    parts.add(word(word));
                }
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("the phrase \"" + phrase + "\" has no words");
        }
        return "\\b" + String.join(BETWEEN_WORDS, parts) + "\\b";
    }

    /** A normalised word and the other forms with its light stem. */
    static String word(String word) {
        String stem = stem(word);
        if (stem.equals(word) && word.length() < 5) {
            return word;
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        for (String ending : ENDINGS) {
            String form = stem + ending;
            if (form.length() >= 5 && stem(form).equals(stem)) {
                forms.add(form);
            }
        }
        if (stem.endsWith("z")) {
            forms.add(stem.substring(0, stem.length() - 1) + "ces"); // "voz", "voces"
        }
        List<String> longestFirst = new ArrayList<>(forms);
        longestFirst.sort((a, b) -> b.length() - a.length());
        return longestFirst.size() == 1 ? word : "(?:" + String.join("|", longestFirst) + ")";
    }

    private static String stem(String word) {
        char[] chars = word.toCharArray();
        int length = new SpanishLightStemmer().stem(chars, chars.length);
        return new String(chars, 0, length);
    }
}
