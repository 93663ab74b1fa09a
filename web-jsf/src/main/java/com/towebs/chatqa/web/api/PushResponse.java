package com.towebs.chatqa.web.api;

import com.towebs.chatqa.operations.ingestion.RecordOutcome;
import com.towebs.chatqa.operations.ingestion.RunReport;
import java.util.List;

/** The answer to a push: totals and, per record, whether it was accepted, updated, unchanged or rejected and why. */
public record PushResponse(Long run, int accepted, int updated, int unchanged, int rejected, List<Item> records) {

    public record Item(String reference, String chatId, String outcome, String reason) {}

    static PushResponse of(RunReport report) {
        List<Item> items = report.outcomes().stream().map(PushResponse::item).toList();
        return new PushResponse(
                report.runId(),
                report.counts().accepted(),
                report.counts().updated(),
                report.counts().unchanged(),
                report.counts().rejected(),
                items);
    }

    private static Item item(RecordOutcome outcome) {
        return new Item(outcome.reference(), outcome.chatId(), outcome.status(), outcome.reason());
    }
}
