package com.towebs.chatqa.evaluation.profile;

import java.util.regex.Pattern;

/** One way a customer shows a type, and how much it weighs: 2 shows it alone, 1 needs another cue. */
record Cue(Pattern pattern, int weight) {

    static Cue strong(String regex) {
        return new Cue(Pattern.compile(regex), 2);
    }

    static Cue weak(String regex) {
        return new Cue(Pattern.compile(regex), 1);
    }
}
