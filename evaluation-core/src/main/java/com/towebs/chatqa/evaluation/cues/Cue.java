package com.towebs.chatqa.evaluation.cues;

import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.List;
import java.util.Objects;

/**
 * One way of saying something a criterion or a customer type listens for, as a QA analyst wrote it in a cue file:
 * its id, a one-line reason, the compiled pattern (from its phrases and/or regular expression, shared lists
 * expanded), a weight (customer types), and the examples it must match and the near misses it must not. The
 * criteria decide the structure (who speaks, order, timing, negation, questions); a cue only says which words.
 */
public final class Cue {

    /** How a cue is applied, and so how its examples are checked. */
    public enum Use {
        /** anywhere in a message or sentence (most cues) */
        FIND,
        /** on the words just before something the criterion found: the example is those words */
        BEFORE,
        /** right after something the criterion found (a term): the example is what follows it */
        AFTER
    }

    /** An example or near miss and the line it is written on. */
    public record Example(String text, int line) {}

    private final String file;
    private final String group;
    private final String id;
    private final int line;
    private final String reason;
    private final String regex;
    private final TextPattern pattern;
    private final int weight;
    private final Use use;
    private final boolean onOriginalText;
    private final List<Example> examples;
    private final List<Example> nearMisses;

    Cue(
            String file,
            String group,
            String id,
            int line,
            String reason,
            String regex,
            TextPattern pattern,
            int weight,
            Use use,
            boolean onOriginalText,
            List<Example> examples,
            List<Example> nearMisses) {
        this.file = file;
        this.group = group;
        this.id = id;
        this.line = line;
        this.reason = reason;
        this.regex = regex;
        this.pattern = Objects.requireNonNull(pattern);
        this.weight = weight;
        this.use = use;
        this.onOriginalText = onOriginalText;
        this.examples = List.copyOf(examples);
        this.nearMisses = List.copyOf(nearMisses);
    }

    /** The cue file, as "cues/criteria/courtesy.yaml". */
    public String file() {
        return file;
    }

    public String group() {
        return group;
    }

    public String id() {
        return id;
    }

    /** Where the cue starts in its file. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** The regular expression the cue compiles to, lists and phrases expanded. */
    public String regex() {
        return regex;
    }

    /** What the engine matches with. */
    public TextPattern pattern() {
        return pattern;
    }

    /** How much the cue counts towards a customer type: 2 shows it alone, 1 needs another cue. */
    public int weight() {
        return weight;
    }

    public Use use() {
        return use;
    }

    /** Whether the cue reads the text as written (emoji, quotes) rather than normalised. */
    public boolean onOriginalText() {
        return onOriginalText;
    }

    public List<Example> examples() {
        return examples;
    }

    public List<Example> nearMisses() {
        return nearMisses;
    }

    /**
     * Whether the cue matches {@code text} written as a person types it, read the way the engine reads a message:
     * normalised like every chat message (or as written for cues on the original text), then matched as the
     * criterion applies this cue.
     */
    public boolean matches(String text) {
        String read;
        if (onOriginalText) {
            read = text;
        } else {
            NormalizedText normalized = SpanishNormalizer.normalize(text);
            read = normalized.text();
        }
        return switch (use) {
            case FIND -> pattern.foundIn(read);
            case BEFORE -> pattern.foundIn(read + " ");
            case AFTER -> pattern.matcher(" " + read).lookingAt();
        };
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + id;
    }
}
