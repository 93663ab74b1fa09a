package com.towebs.chatqa.operations.model;

/** What happened to the records of a run (or of one step of it). */
public record RunCounts(int received, int accepted, int updated, int unchanged, int rejected, int retries) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0);

    public RunCounts plus(RunCounts other) {
        return new RunCounts(
                received + other.received,
                accepted + other.accepted,
                updated + other.updated,
                unchanged + other.unchanged,
                rejected + other.rejected,
                retries + other.retries);
    }
}
