package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.operations.store.StoreOutcome;

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
}
