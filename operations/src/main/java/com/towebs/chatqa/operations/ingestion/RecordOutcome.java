package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.operations.model.RunCounts;
import com.towebs.chatqa.operations.store.StoreOutcome;
import java.util.List;
import java.util.Locale;

/**
 * What became of one delivered record: stored ({@code outcome} says how) or rejected and quarantined
 * ({@code outcome} null, {@code reason} says why).
 */
public record RecordOutcome(String reference, String chatId, StoreOutcome outcome, String reason) {

    public static RecordOutcome stored(String reference, String chatId, StoreOutcome outcome) {
        return new RecordOutcome(reference, chatId, outcome, null);
    }

    public static RecordOutcome rejected(String reference, String chatId, String reason) {
        return new RecordOutcome(reference, chatId, null, reason);
    }

    public boolean isRejected() {
        return outcome == null;
    }

    /** What became of the record in a word: {@code accepted}, {@code updated}, {@code unchanged} or {@code rejected}. */
    public String status() {
        return isRejected() ? "rejected" : outcome.name().toLowerCase(Locale.ROOT);
    }

    /** The counts of a step that delivered these records (retries are counted as they happen). */
    static RunCounts counts(List<RecordOutcome> outcomes) {
        int accepted = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        for (RecordOutcome outcome : outcomes) {
            if (outcome.isRejected()) {
                rejected++;
            } else {
                switch (outcome.outcome()) {
                    case ACCEPTED -> accepted++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }
        return new RunCounts(outcomes.size(), accepted, updated, unchanged, rejected, 0);
    }
}
