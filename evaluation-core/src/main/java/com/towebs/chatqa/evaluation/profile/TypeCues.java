package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.cues.Cue;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.List;

/**
 * The customer's words that show each type of the remote-support guidelines, from the cue files of
 * {@code cues/customers/}. Each cue weighs 2 when it shows the type on its own ("estoy harto", "son unos
 * inutiles", "no entiendo nada de esto") and 1 when it only points that way ("un desastre", "urgente", "la hizo
 * mi sobrino"); a type needs its file's {@code threshold} of points from distinct cues. So one story about a past
 * provider ("perdi 40 ventas, un desastre") does not make an angry customer, nor one mention of a nephew a
 * talkative one.
 */
final class TypeCues {

    final List<Cue> angry;
    final int angryThreshold;
    final List<Cue> rude;
    final int rudeThreshold;

    /** Each distinct match is one point: many different people, places and stories make a talkative customer. */
    final List<TextPattern> talkative;

    final int talkativeThreshold;
    final TextPattern laugh;
    final int longMessageWords;
    final List<Cue> knowledgeable;
    final int knowledgeableThreshold;

    /** A sentence of confusion: its technical words are what the customer does not understand. */
    final TextPattern confusion;

    final List<Cue> inexperienced;
    final int inexperiencedThreshold;

    TypeCues(CueSet cues) {
        angry = cues.cues("customers/angry", "signals");
        angryThreshold = cues.setting("customers/angry", "threshold");
        rude = cues.cues("customers/rude", "signals");
        rudeThreshold = cues.setting("customers/rude", "threshold");
        talkative = cues.patterns("customers/talkative", "signals");
        talkativeThreshold = cues.setting("customers/talkative", "threshold");
        laugh = cues.pattern("customers/talkative", "laugh");
        longMessageWords = cues.setting("customers/talkative", "longMessageWords");
        knowledgeable = cues.cues("customers/knowledgeable", "signals");
        knowledgeableThreshold = cues.setting("customers/knowledgeable", "threshold");
        confusion = cues.pattern("customers/knowledgeable", "confusion");
        inexperienced = cues.cues("customers/inexperienced", "signals");
        inexperiencedThreshold = cues.setting("customers/inexperienced", "threshold");
    }
}
