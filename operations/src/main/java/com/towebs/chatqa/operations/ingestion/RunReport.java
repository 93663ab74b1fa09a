package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.operations.model.RunCounts;
import com.towebs.chatqa.operations.model.RunOutcome;
import java.util.List;

/**
 * What a run did. {@code outcomes} lists each record for push and drop-folder runs (their callers answer
 * per record) and is empty for pulls. A pull refused because another node holds the source has no run id.
 */
public record RunReport(
        Long runId, RunOutcome outcome, RunCounts counts, String failure, List<RecordOutcome> outcomes) {

    public static RunReport busy(String source) {
        return new RunReport(null, null, RunCounts.NONE, source + " is being pulled by another run", List.of());
    }

    public boolean ran() {
        return runId != null;
    }
}
