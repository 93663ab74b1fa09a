package com.towebs.chatqa.evaluation.language;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.es.SpanishLightStemmer;

/**
 * Reduces a normalised Spanish word to its stem with Lucene's light Spanish stemmer, so that "mails",
 * "mail", "envio" and "enviar" can be compared by content. Light stemming keeps verbs and nouns apart,
 * which is what comparing a customer's problem with an agent's restatement needs.
 */
public final class SpanishStemmer {

    private static final SpanishLightStemmer STEMMER = new SpanishLightStemmer();
    /** Stems already computed on this thread: chats use few distinct words. Cleared when full. */
    private static final int CACHE_SIZE = 16_384;

    private static final ThreadLocal<Map<String, String>> CACHE = ThreadLocal.withInitial(HashMap::new);

    private SpanishStemmer() {}

    public static String stem(String word) {
        Map<String, String> cache = CACHE.get();
        String stem = cache.get(word);
        if (stem == null) {
            if (cache.size() >= CACHE_SIZE) {
                cache.clear();
            }
            stem = stemUncached(word);
            cache.put(word, stem);
        }
        return stem;
    }

    private static String stemUncached(String word) {
        char[] chars = word.toCharArray();
        int length = STEMMER.stem(chars, chars.length);
        return new String(chars, 0, length);
    }
}
