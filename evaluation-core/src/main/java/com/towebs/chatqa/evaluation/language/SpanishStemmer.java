package com.towebs.chatqa.evaluation.language;

import org.apache.lucene.analysis.es.SpanishLightStemmer;

/**
 * Reduces a normalised Spanish word to its stem with Lucene's light Spanish stemmer, so that "mails",
 * "mail", "envio" and "enviar" can be compared by content. Light stemming keeps verbs and nouns apart,
 * which is what comparing a customer's problem with an agent's restatement needs.
 */
public final class SpanishStemmer {

    private static final SpanishLightStemmer STEMMER = new SpanishLightStemmer();

    private SpanishStemmer() {
    }

    public static String stem(String word) {
        char[] chars = word.toCharArray();
        int length = STEMMER.stem(chars, chars.length);
        return new String(chars, 0, length);
    }
}
