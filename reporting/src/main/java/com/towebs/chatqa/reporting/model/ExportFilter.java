package com.towebs.chatqa.reporting.model;

import java.time.YearMonth;
import java.util.Objects;

/** Which evaluations an export covers: a period of whole months, optionally one team and/or one agent. */
public record ExportFilter(YearMonth from, YearMonth to, String teamId, String agentId) {

    public ExportFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
