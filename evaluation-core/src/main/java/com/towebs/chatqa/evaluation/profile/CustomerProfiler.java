package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.Cue;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads the customer's messages for the difficult-customer types of the remote-support guidelines (angry,
 * rude, talkative, knowledgeable, inexperienced) and then judges how the agent handled each type it found.
 * A customer may show several types ("son unos inutiles!!!" is rude and angry). Knowledgeable and
 * inexperienced exclude each other: a customer who says it does not understand the basics is not an expert
 * because it repeats a term it read on screen ("me pregunta POP3 o IMAP, que pongo?").
 */
public final class CustomerProfiler {

    /** A sentence; a full stop inside a version, a domain or a number ("php 8.1", "ejemplo.com") does not end it. */
    private static final TextPattern SENTENCE = TextPattern.compile("(?:[^.!?;]|\\.(?=[^\\s.!?;]))+[.!?;]*");

    private static final TextPattern WORD = TextPattern.compile("[a-z0-9]+");

    private final TypeCues cues;
    private final Shouting shouting;
    private final HandlingReview review;
    /** The key of a message's talkative signs among its facts. */
    private final Object chatterKey = new Object();

    /** A profiler reading the customer with the built-in rubric's cues. */
    public CustomerProfiler() {
        this(com.towebs.chatqa.evaluation.rubric.Rubric.standard().cues());
    }

    public CustomerProfiler(CueSet cues) {
        this.cues = new TypeCues(cues);
        this.shouting = new Shouting(cues);
        this.review = new HandlingReview(cues);
    }

    /** The types the customer shows, each with the customer's words that show it. */
    public Map<CustomerType, List<Evidence>> detect(AnalyzedChat chat) {
        List<AnalyzedMessage> customer = chat.customerMessages();
        Map<CustomerType, List<Evidence>> types = new EnumMap<>(CustomerType.class);
        put(types, CustomerType.ANGRY, angry(customer));
        put(types, CustomerType.RUDE, weighed(customer, cues.rude, cues.rudeThreshold, false));
        put(types, CustomerType.TALKATIVE, talkative(customer));
        List<Evidence> inexperienced = weighed(customer, cues.inexperienced, cues.inexperiencedThreshold, false);
        put(types, CustomerType.INEXPERIENCED, inexperienced);
        if (inexperienced.isEmpty()) {
            put(
                    types,
                    CustomerType.KNOWLEDGEABLE,
                    weighed(customer, cues.knowledgeable, cues.knowledgeableThreshold, true));
        }
        return types;
    }

    /** How the agent handled each detected type, per the do / don't lists of the guidelines. */
    public List<ProfileFinding> assessHandling(
            AnalyzedChat chat, Map<CustomerType, List<Evidence>> signals, Map<CriterionId, CriterionResult> results) {
        List<ProfileFinding> findings = new ArrayList<>();
        for (Map.Entry<CustomerType, List<Evidence>> type : new EnumMap<>(signals).entrySet()) {
            findings.add(review.handling(chat, type.getKey(), type.getValue(), results));
        }
        return List.copyOf(findings);
    }

    private static void put(Map<CustomerType, List<Evidence>> types, CustomerType type, List<Evidence> signals) {
        if (!signals.isEmpty()) {
            types.put(type, signals);
        }
    }

    /** The cues found, each distinct one counted once with its weight; the evidence if they reach the threshold. */
    private List<Evidence> weighed(
            List<AnalyzedMessage> customer, List<Cue> cues, int threshold, boolean skipConfusion) {
        Tally tally = tally(customer, cues, skipConfusion);
        return tally.points() >= threshold ? tally.evidence() : List.of();
    }

    private record Tally(List<Evidence> evidence, int points) {}

    /**
     * With {@code skipConfusion}, sentences where the customer says it does not understand are not read ("que es
     * el DNS?" does not show knowledge of DNS).
     */
    private Tally tally(List<AnalyzedMessage> customer, List<Cue> cues, boolean skipConfusion) {
        Map<String, Evidence> found = new LinkedHashMap<>();
        int points = 0;
        HitsKey key = new HitsKey(cues, skipConfusion);
        for (AnalyzedMessage message : customer) {
            List<Hit> hits = message.text().fact(key, text -> hits(text, cues, skipConfusion));
            List<Hit> counted = new ArrayList<>();
            for (Hit hit : hits) {
                if (!found.containsKey(hit.key()) && !overlaps(counted, hit)) {
                    counted.add(hit);
                    found.put(hit.key(), new Evidence(message.index(), hit.quote()));
                    points += cues.get(hit.cue()).weight();
                }
            }
        }
        return new Tally(List.copyOf(found.values()), points);
    }

    /** A cue's match in a message: the cue, its key (cue and words), its range and its quote. */
    private record Hit(int cue, String key, int start, int end, String quote) {}

    /** The key under which a message's hits of a cue list are remembered: the list by identity, and the mode. */
    private record HitsKey(List<Cue> cues, boolean skipConfusion) {
        @Override
        public boolean equals(Object other) {
            return other instanceof HitsKey key && key.cues == cues && key.skipConfusion == skipConfusion;
        }

        @Override
        public int hashCode() {
            return 2 * System.identityHashCode(cues) + (skipConfusion ? 1 : 0);
        }
    }

    /**
     * Every match of the cues in a message, sentence by sentence and cue by cue, in the order the tally reads
     * them. Depends on the text alone, so repeated messages are read once; what counts is decided by the tally.
     */
    private List<Hit> hits(NormalizedText text, List<Cue> cues, boolean skipConfusion) {
        // Most cues cannot occur anywhere in the message: leave them out before going sentence by sentence.
        List<Integer> possible = new ArrayList<>();
        for (int c = 0; c < cues.size(); c++) {
            if (cues.get(c).pattern().mayMatch(text.text())) {
                possible.add(c);
            }
        }
        if (possible.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text.text());
        while (sentence.find()) {
            if (skipConfusion && this.cues.confusion.foundIn(sentence.group())) {
                continue;
            }
            for (int c : possible) {
                Matcher cue =
                        cues.get(c).pattern().reusableMatcher(text.text()).region(sentence.start(), sentence.end());
                cue.useTransparentBounds(true);
                while (cue.find()) {
                    String key = c + ":" + cue.group().replaceAll("\\s+", " ");
                    hits.add(new Hit(
                            c,
                            key,
                            cue.start(),
                            cue.end(),
                            text.match(cue.start(), cue.end()).quote()));
                }
            }
        }
        return List.copyOf(hits);
    }

    /** Words of a message count once, for the first cue that reads them ("son unos inutiles" is one insult). */
    private static boolean overlaps(List<Hit> counted, Hit hit) {
        for (Hit earlier : counted) {
            if (hit.start() < earlier.end() && earlier.start() < hit.end()) {
                return true;
            }
        }
        return false;
    }

    /** Anger: the weighed cues, plus shouting and piled-up punctuation that are not joy ("AHORA SI!!"). */
    private List<Evidence> angry(List<AnalyzedMessage> customer) {
        Tally found = tally(customer, cues.angry, false);
        List<Evidence> shouted = shouting.in(customer);
        int points = found.points() + Math.min(shouted.size(), 2);
        if (points < cues.angryThreshold) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>(found.evidence());
        evidence.addAll(shouted);
        return List.copyOf(evidence);
    }

    /**
     * Talkative: one point per distinct person, place, pastime or story marker, per message with laughter (up
     * to 3) and per long message (up to 2). Five points: the customer keeps telling things beyond the problem.
     */
    private List<Evidence> talkative(List<AnalyzedMessage> customer) {
        Map<String, Evidence> found = new LinkedHashMap<>();
        int laughs = 0;
        int longMessages = 0;
        for (AnalyzedMessage message : customer) {
            Chatter chatter = message.text().fact(chatterKey, this::chatter);
            for (Mention mention : chatter.mentions()) {
                found.putIfAbsent(mention.key(), new Evidence(message.index(), mention.quote()));
            }
            if (chatter.laughs()) {
                laughs++;
            }
            if (chatter.isLong()) {
                longMessages++;
            }
        }
        int points = found.size() + Math.min(laughs, 3) + Math.min(longMessages, 2);
        return points >= cues.talkativeThreshold && !found.isEmpty() ? List.copyOf(found.values()) : List.of();
    }

    /** What a message tells beyond the problem: its person, place, pastime or story markers, laughter, length. */
    private record Chatter(List<Mention> mentions, boolean laughs, boolean isLong) {}

    /** A talkative marker: what it names (the key that counts once) and the customer's words. */
    private record Mention(String key, String quote) {}

    /** A message's talkative signs, read once per text. */
    private Chatter chatter(NormalizedText text) {
        List<Mention> mentions = new ArrayList<>();
        for (TextPattern marker : cues.talkative) {
            Matcher m = marker.matcher(text.text());
            while (m.find()) {
                mentions.add(new Mention(
                        m.group(1).replaceAll("\\s+", " "),
                        text.match(m.start(), m.end()).quote()));
            }
        }
        long words = WORD.matcher(text.text()).results().count();
        return new Chatter(List.copyOf(mentions), cues.laugh.foundIn(text.text()), words >= cues.longMessageWords);
    }
}
