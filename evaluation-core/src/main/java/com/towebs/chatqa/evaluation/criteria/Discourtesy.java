package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What makes an agent message discourteous: reproach, condescension, blame, dismissal, sarcasm, insults or
 * shouting. The constructions are the cues of {@code cues/criteria/courtesy.yaml}; shouting (capitals) is read
 * here, with the acronyms of {@code cues/shared.yaml}. Shared by COURTESY (which fails on it) and EMPATHY (an apology inside a discourteous message,
 * "perdon por intentar ayudarte", is sarcasm, not empathy), so both read the same cues.
 *
 * <p>COURTESY is critical: one false hit zeroes a chat. So every cue is a construction that is rude in
 * itself, not a word that is rude only sometimes: "obvio" alone is rioplatense for "of course", "es obvio"
 * is condescending; "no es tu culpa" reassures, "es culpa tuya" blames; "fijate vos si te llego" is a test,
 * "fijate vos." sends the customer away.
 */
final class Discourtesy {

    private static final String FILE = "criteria/courtesy";

    private static final TextPattern WORD = TextPattern.compile("\\p{L}[\\p{L}\\d]*");
    private static final TextPattern QUOTED = TextPattern.compile("«[^»]*»|\"[^\"]*\"|“[^”]*”");
    private static final int SHOUTED_RUN = 3;

    /** The discourteous constructions, in the order they are tried. */
    private final List<TextPattern> cues;

    /** Words typed in capitals that are names, not shouting. */
    private final Set<String> acronyms;

    Discourtesy(CueSet cues) {
        this.cues = cues.patterns(FILE, "discourtesy");
        this.acronyms = cues.words("acronyms");
    }

    /**
     * The discourteous agent messages of a chat, by message index in chat order, with the words that make
     * each one so. Computed once per chat: COURTESY reports them and EMPATHY ignores apologies inside them.
     */
    Map<Integer, Evidence> inChat(AnalyzedChat chat) {
        return chat.fact(this, this::find);
    }

    private Map<Integer, Evidence> find(AnalyzedChat chat) {
        Map<Integer, Evidence> offences = new LinkedHashMap<>();
        for (AnalyzedMessage message : chat.agentMessages()) {
            in(message).ifPresent(evidence -> offences.put(message.index(), evidence));
        }
        return Collections.unmodifiableMap(offences);
    }

    /** The words of an agent message that make it discourteous, if any. */
    Optional<Evidence> in(AnalyzedMessage message) {
        return message.text().fact(this, this::offence).map(quote -> new Evidence(message.index(), quote));
    }

    /** The words that make a text discourteous: read once per text, since agents repeat their phrases. */
    private Optional<String> offence(NormalizedText text) {
        for (TextPattern cue : cues) {
            Optional<NormalizedText.TextMatch> found = text.find(cue);
            if (found.isPresent()) {
                return Optional.of(found.get().quote());
            }
        }
        return shouting(text.original());
    }

    /**
     * Capitals as shouting: a run of at least three words in capitals that are not acronyms ("ESO YA LO HICE").
     * Two words are emphasis, not shouting ("tu USUARIO y CONTRASENA"), and quoted labels are names.
     */
    private Optional<String> shouting(String original) {
        String text =
                QUOTED.matcher(original).replaceAll(m -> " ".repeat(m.group().length()));
        Matcher word = WORD.matcher(text);
        int runStart = -1;
        int runEnd = -1;
        int run = 0;
        while (word.find()) {
            String w = word.group();
            if (w.length() < 2) {
                continue; // "Y", "A", "O" neither start nor break a run
            }
            boolean shouted =
                    w.equals(w.toUpperCase()) && !w.equals(w.toLowerCase()) && !acronyms.contains(w.toLowerCase());
            if (shouted) {
                if (run == 0) {
                    runStart = word.start();
                }
                run++;
                runEnd = word.end();
                if (run >= SHOUTED_RUN) {
                    while (word.find()) {
                        String next = word.group();
                        if (next.length() >= 2
                                && !(next.equals(next.toUpperCase()) && !next.equals(next.toLowerCase()))) {
                            break;
                        }
                        runEnd = word.end();
                    }
                    return Optional.of(original.substring(runStart, runEnd));
                }
            } else {
                run = 0;
            }
        }
        return Optional.empty();
    }
}
