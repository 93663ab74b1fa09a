package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * One type the customer showed, the customer's words that show it, and how the agent handled that type
 * against the guidelines' do / don't lists: {@code MET} (did what helps, nothing to avoid), {@code PARTIAL}
 * (some of each), {@code NOT_MET} (did what the guidelines warn against), {@code NOT_OBSERVED} (nothing
 * either way yet). {@code handlingEvidence} holds the agent messages behind that judgement.
 */
public record ProfileFinding(
        CustomerType type, List<Evidence> signals, Verdict handling, List<Evidence> handlingEvidence, String note) {

    public ProfileFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handling, "handling");
        signals = List.copyOf(signals);
        handlingEvidence = List.copyOf(handlingEvidence);
    }
}
