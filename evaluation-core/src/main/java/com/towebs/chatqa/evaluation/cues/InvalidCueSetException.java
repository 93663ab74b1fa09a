package com.towebs.chatqa.evaluation.cues;

import java.util.List;

/** A cue set that cannot be used: every problem found, each with its file and line. */
public final class InvalidCueSetException extends Exception {

    private final List<String> problems;

    public InvalidCueSetException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as "cues/criteria/courtesy.yaml:42: ...". */
    public List<String> problems() {
        return problems;
    }
}
