package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.List;
import java.util.Optional;

/**
 * The agent announcing a wait ("aguardame un momento que lo reviso", "voy a revisar los registros") and the panel
 * noting that the agent joined, read with the cues of {@code cues/criteria/hold-notice.yaml} and
 * {@code hold-follow-up.yaml}. Shared by both hold criteria (through the chat's {@link HoldTimeline}), and by
 * PARAPHRASE and DIAGNOSIS, for which a hold notice is neither a restatement nor a question about the problem.
 */
final class HoldNotices {

    private static final String FILE = "criteria/hold-notice";

    private final List<TextPattern> notices;
    private final List<TextPattern> workAnnouncements;
    private final TextPattern subordinated;
    private final TextPattern noNeed;
    private final TextPattern agentJoined;

    HoldNotices(CueSet cues) {
        notices = cues.patterns(FILE, "notice");
        workAnnouncements = cues.patterns(FILE, "work-announcement");
        subordinated = cues.pattern(FILE, "subordinated");
        noNeed = cues.pattern(FILE, "no-need");
        agentJoined = cues.pattern("criteria/hold-follow-up", "agent-joined");
    }

    /** The chat's timeline, built once per chat and shared by both hold criteria. */
    HoldTimeline timeline(AnalyzedChat chat) {
        return chat.fact(this, analyzed -> HoldTimeline.build(analyzed, this));
    }

    /** The words of a hold notice in this text, if the agent announces a wait in it (read once per text). */
    Optional<NormalizedText.TextMatch> in(NormalizedText text) {
        return text.fact(this, this::find);
    }

    /** Evidence of the notice in an agent message, or the whole message. */
    Evidence evidenceOf(AnalyzedMessage message) {
        return in(message.text())
                .map(match -> new Evidence(message.index(), match.quote()))
                .orElseGet(message::evidence);
    }

    /** The panel's notice that the agent took the chat: "Lucia se unio a la conversacion", "... se unio al chat". */
    boolean agentJoined(AnalyzedMessage message) {
        return agentJoined.foundIn(message.text().text());
    }

    private Optional<NormalizedText.TextMatch> find(NormalizedText text) {
        for (TextPattern pattern : notices) {
            for (NormalizedText.TextMatch match : text.findAll(pattern)) {
                if (!ruledOut(text.text(), match.start())) {
                    return Optional.of(match);
                }
            }
        }
        List<TextPattern> possible = Sentences.cuesPossibleIn(text, workAnnouncements);
        if (possible.isEmpty()) {
            return Optional.empty();
        }
        for (Sentences.Sentence sentence : Sentences.of(text)) {
            if (sentence.question()) {
                continue;
            }
            for (TextPattern pattern : possible) {
                var matcher = pattern.matcher(sentence.text());
                while (matcher.find()) {
                    String before = sentence.text().substring(0, matcher.start());
                    if (!subordinated.foundIn(before) && !noNeed.foundIn(before)) {
                        return Optional.of(
                                text.match(sentence.start() + matcher.start(), sentence.start() + matcher.end()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A "no hace falta que..." earlier in the same sentence turns the cue into its opposite. */
    private boolean ruledOut(String text, int at) {
        int sentenceStart = Math.max(
                        Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('?', at - 1)),
                        text.lastIndexOf('!', at - 1))
                + 1;
        return noNeed.foundIn(text.substring(sentenceStart, at));
    }
}
