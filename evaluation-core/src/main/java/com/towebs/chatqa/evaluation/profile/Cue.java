package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.language.TextPattern;

/** One way a customer shows a type, and how much it weighs: 2 shows it alone, 1 needs another cue. */
record Cue(TextPattern pattern, int weight) {

    static Cue strong(String regex) {
        return new Cue(TextPattern.compile(regex), 2);
    }

    static Cue weak(String regex) {
        return new Cue(TextPattern.compile(regex), 1);
    }
}
