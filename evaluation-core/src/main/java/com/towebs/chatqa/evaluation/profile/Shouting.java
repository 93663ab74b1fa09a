package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Shouting in a customer's messages: capitals and piled-up punctuation, as anger cues. Both are also how
 * customers shout for joy ("AHORA SI!!", "LISTOOO", "llego!!!"), so a message with words of relief and none of
 * complaint is not shouting; and a customer who types everything in capitals is not shouting at all.
 */
final class Shouting {

    /** Words typed in capitals that are names, not shouting. */
    private final Set<String> acronyms;

    /** One capital word is enough when it is a complaint or a demand ("NO", "NADIE", "URGENTE", "HOY"). */
    private final Set<String> complaintWords;

    /** Words of relief: a message with them shouts for joy. */
    private final TextPattern joy;

    private static final TextPattern WORD = TextPattern.compile("\\p{L}[\\p{L}\\d]*");
    private static final TextPattern PILED = TextPattern.compile("[!?¡¿]{3,}");
    private static final int RUN = 3;

    Shouting(CueSet cues) {
        acronyms = cues.words("acronyms");
        complaintWords = cues.words("complaint-words");
        joy = cues.pattern("customers/angry", "joy");
    }

    /** The shouted words of each message that shouts, one piece of evidence per message. */
    List<Evidence> in(List<AnalyzedMessage> customer) {
        if (typesInCapitals(customer)) {
            return List.of();
        }
        List<Evidence> found = new ArrayList<>();
        for (AnalyzedMessage message : customer) {
            message.text()
                    .fact(this, this::shouted)
                    .ifPresent(shouted -> found.add(new Evidence(message.index(), shouted)));
        }
        return found;
    }

    /** The words with which a message shouts, if it does: read once per text. */
    private Optional<String> shouted(NormalizedText normalized) {
        if (joy.foundIn(normalized.text())) {
            return Optional.empty();
        }
        String text = normalized.original();
        String shouted = shoutedWords(text);
        if (shouted != null) {
            return Optional.of(shouted);
        }
        Matcher piled = PILED.matcher(text);
        return piled.find() ? Optional.of(piled.group()) : Optional.empty();
    }

    /** The first run of three capital words, or a single capital complaint word; null if none. */
    private String shoutedWords(String text) {
        Matcher word = WORD.matcher(text);
        int run = 0;
        int runStart = 0;
        while (word.find()) {
            String w = word.group();
            boolean capital = w.length() >= 2
                    && w.equals(w.toUpperCase())
                    && !w.equals(w.toLowerCase())
                    && !acronyms.contains(w.toLowerCase());
            if (!capital) {
                if (w.length() >= 2) {
                    run = 0;
                }
                continue;
            }
            if (complaintWords.contains(w.toLowerCase())) {
                return w;
            }
            if (run == 0) {
                runStart = word.start();
            }
            run++;
            if (run >= RUN) {
                return text.substring(runStart, word.end());
            }
        }
        return null;
    }

    /** A customer whose every message is in capitals types that way; it is not raising its voice. */
    private static boolean typesInCapitals(List<AnalyzedMessage> customer) {
        long letters = 0;
        long capitals = 0;
        for (AnalyzedMessage message : customer) {
            for (char c : message.message().text().toCharArray()) {
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        capitals++;
                    }
                }
            }
        }
        return letters >= 40 && capitals >= letters * 0.9;
    }
}
