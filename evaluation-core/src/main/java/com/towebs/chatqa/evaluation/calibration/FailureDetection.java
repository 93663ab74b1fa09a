package com.towebs.chatqa.evaluation.calibration;

import static com.towebs.chatqa.evaluation.Verdict.NOT_MET;

import com.towebs.chatqa.evaluation.Verdict;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BiPredicate;

/**
 * The failures of one criterion seen from the agent's side: of the chats people judged {@code NOT_MET}, which
 * the engine caught and which it missed, and the chats it failed that people did not. For {@code COURTESY}, a
 * critical criterion that zeroes a chat, these are the discourteous agents caught and the false failures.
 */
public record FailureDetection(
        List<String> failedByPeople, List<String> caught, List<String> missed, List<String> falseFailures) {

    public FailureDetection {
        failedByPeople = List.copyOf(failedByPeople);
        caught = List.copyOf(caught);
        missed = List.copyOf(missed);
        falseFailures = List.copyOf(falseFailures);
    }

    static FailureDetection of(Agreement<Verdict> agreement) {
        return new FailureDetection(
                chats(agreement, (human, automatic) -> human == NOT_MET),
                chats(agreement, (human, automatic) -> human == NOT_MET && automatic == NOT_MET),
                chats(agreement, (human, automatic) -> human == NOT_MET && automatic != NOT_MET),
                chats(agreement, (human, automatic) -> human != NOT_MET && automatic == NOT_MET));
    }

    /** The share of people's failures the engine caught; empty when people failed no chat. */
    public OptionalDouble catchRate() {
        return failedByPeople.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) caught.size() / failedByPeople.size());
    }

    private static List<String> chats(Agreement<Verdict> agreement, BiPredicate<Verdict, Verdict> which) {
        return agreement.pairs().stream()
                .filter(pair -> which.test(pair.human(), pair.automatic()))
                .map(PairedVerdict::chatId)
                .toList();
    }
}
