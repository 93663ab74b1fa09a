package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The waits of a chat as the rubric measures them, and the holds the agent announced, shared by HOLD_NOTICE
 * and HOLD_FOLLOW_UP so that both criteria read the same timeline and the same hold-notice cues
 * ({@link HoldNotices}).
 *
 * <p>A wait is the time the customer spends waiting for the agent. It starts at the customer's first message
 * since the agent last wrote ("hola?" and "sigue ahi?" do not restart it), or at the agent's message when that
 * was a hold notice (the customer was told to wait from then on). The customer's first message starts a wait
 * like any other, also before the agent's first message; where the panel records that the agent joined ("Lucia
 * se unio a la conversacion") after the customer wrote, that first wait starts at the join (the queue before
 * it is not the agent's). A wait ends at the agent's next message; a wait the chat ends in (the customer gave
 * up, or a live chat is still waiting) counts up to the chat's last message.
 *
 * <p>A hold runs from a hold notice to the agent's next message that is not itself a renewal (a hold notice
 * while the hold is on: "sigo revisando, bancame un poco mas"); a hold still running at the end of the chat is
 * measured up to the last renewal.
 */
final class HoldTimeline {

    /** What started a wait. */
    enum WaitStart {
        /** the customer's first message since the agent last wrote */
        CUSTOMER_MESSAGE,
        /** the agent's hold notice: the customer was told to wait */
        HOLD_NOTICE,
        /** the panel's notice that the agent joined, after the customer had written */
        AGENT_JOINED
    }

    /**
     * How long the customer waited from message {@code from} to message {@code until}: the agent's next message
     * when {@code answered}, otherwise the chat's last message (the chat ends in the wait).
     */
    record Wait(AnalyzedMessage from, AnalyzedMessage until, long seconds, WaitStart start, boolean answered) {

        /** "3 min 10 s without news after the hold notice at message 5", in the reader's language. */
        Note describe() {
            String since = switch (start) {
                case HOLD_NOTICE -> "hold.wait.notice";
                case AGENT_JOINED -> "hold.wait.joined";
                case CUSTOMER_MESSAGE -> "hold.wait.customer";
            };
            return answered
                    ? Note.of(since, HoldTimeline.duration(seconds), from.index())
                    : Note.of(since + ".open", HoldTimeline.duration(seconds), from.index(), until.index());
        }
    }

    /** A hold from its notice to the message that ended it, with the renewals that kept the customer posted. */
    record Hold(AnalyzedMessage notice, AnalyzedMessage end, List<AnalyzedMessage> renewals) {

        long seconds() {
            return Duration.between(notice.at(), end.at()).toSeconds();
        }
    }

    private final List<Wait> waits;
    private final List<AnalyzedMessage> holdNotices;
    private final List<Hold> holds;

    private HoldTimeline(List<Wait> waits, List<AnalyzedMessage> holdNotices, List<Hold> holds) {
        this.waits = List.copyOf(waits);
        this.holdNotices = List.copyOf(holdNotices);
        this.holds = List.copyOf(holds);
    }

    /** The chat's timeline, read with the hold notices and panel notices of {@code notices}. */
    static HoldTimeline build(AnalyzedChat chat, HoldNotices notices) {
        List<Wait> waits = new ArrayList<>();
        List<AnalyzedMessage> holdNotices = new ArrayList<>();
        List<Hold> holds = new ArrayList<>();
        boolean agentWrote = false;
        AnalyzedMessage waitFrom = null;
        WaitStart waitStart = null;
        AnalyzedMessage holdStart = null;
        List<AnalyzedMessage> renewals = new ArrayList<>();
        for (AnalyzedMessage message : chat.messages()) {
            if (message.isCustomer()) {
                if (waitFrom == null) {
                    waitFrom = message;
                    waitStart = WaitStart.CUSTOMER_MESSAGE;
                }
                continue;
            }
            if (!message.isAgent()) {
                if (!agentWrote && waitFrom != null && notices.agentJoined(message)) {
                    waitFrom = message; // the queue before the agent joined is not the agent's wait
                    waitStart = WaitStart.AGENT_JOINED;
                }
                continue;
            }
            if (waitFrom != null) {
                waits.add(wait(waitFrom, message, waitStart, true));
            }
            boolean notice = notices.in(message.text()).isPresent();
            if (notice) {
                holdNotices.add(message);
            }
            if (holdStart == null) {
                if (notice) {
                    holdStart = message;
                    renewals = new ArrayList<>();
                }
            } else if (notice) {
                renewals.add(message);
            } else {
                holds.add(new Hold(holdStart, message, renewals));
                holdStart = null;
            }
            agentWrote = true;
            waitFrom = notice ? message : null;
            waitStart = notice ? WaitStart.HOLD_NOTICE : null;
        }
        List<AnalyzedMessage> messages = chat.messages();
        AnalyzedMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        if (waitFrom != null && last != waitFrom) {
            waits.add(wait(waitFrom, last, waitStart, false));
        }
        if (holdStart != null) {
            holds.add(
                    new Hold(holdStart, renewals.isEmpty() ? holdStart : renewals.get(renewals.size() - 1), renewals));
        }
        return new HoldTimeline(waits, holdNotices, holds);
    }

    private static Wait wait(AnalyzedMessage from, AnalyzedMessage until, WaitStart start, boolean answered) {
        return new Wait(from, until, Duration.between(from.at(), until.at()).toSeconds(), start, answered);
    }

    List<Wait> waits() {
        return waits;
    }

    List<AnalyzedMessage> holdNotices() {
        return holdNotices;
    }

    List<Hold> holds() {
        return holds;
    }

    Optional<Wait> longestWait() {
        return waits.stream().max(Comparator.comparingLong(Wait::seconds));
    }

    static String duration(long seconds) {
        long minutes = seconds / 60;
        long rest = seconds % 60;
        if (minutes == 0) {
            return rest + " s";
        }
        return rest == 0
                ? String.format(Locale.ROOT, "%d min", minutes)
                : String.format(Locale.ROOT, "%d min %d s", minutes, rest);
    }
}
