package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.cues.Cue;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.SpanishStemmer;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What hosting-support chats talk about, grouped into topics, and the words that carry no content of their
 * own. A customer and an agent rarely use the same words for the same thing ("no salen los mails" and
 * "problemas con el envio de correos"): comparing topics as well as stems lets an agent's restatement in its
 * own words count as one.
 */
final class SupportVocabulary {

    /** Topic name (the cue's id) to the words that bring it up, from the topics of {@code cues/shared.yaml}. */
    private final Map<String, TextPattern> topics = new LinkedHashMap<>();

    /** Words that say nothing about what the problem is: grammar, courtesy, framing, feelings. */
    private final Set<String> emptyWords;

    SupportVocabulary(CueSet cues) {
        for (Cue topic : cues.cues("shared", "topics")) {
            topics.put(topic.id(), topic.pattern());
        }
        emptyWords = cues.words("empty-words");
    }

    /** The topics a text brings up. */
    Set<String> topics(String normalizedText) {
        Set<String> found = new LinkedHashSet<>();
        topics.forEach((name, pattern) -> {
            if (pattern.foundIn(normalizedText)) {
                found.add(name);
            }
        });
        return found;
    }

    /** The stems of the words of a text that carry content (at least three letters, not an empty word). */
    Set<String> contentStems(String normalizedText) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : normalizedText.split("[^a-z0-9]+")) {
            if (word.length() >= 3
                    && !emptyWords.contains(word)
                    && !word.chars().allMatch(Character::isDigit)) {
                stems.add(SpanishStemmer.stem(word));
            }
        }
        return stems;
    }

    /**
     * Whether two stems are the same word in another form. The light stemmer leaves verbs inflected
     * ("borro", "borraron"), so stems sharing a prefix of at least four letters that covers most of the
     * shorter one count as one word.
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        int shorter = Math.min(a.length(), b.length());
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 4 && common * 10 >= shorter * 7;
    }

    Set<String> contentStems(NormalizedText text) {
        return contentStems(text.text());
    }
}
