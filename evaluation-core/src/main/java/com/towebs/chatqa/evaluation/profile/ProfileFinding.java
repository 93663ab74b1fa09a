package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One type the customer showed, the customer's words that show it, and how the agent handled that type
 * against the guidelines' do / don't lists: {@code MET} (did what helps, nothing to avoid), {@code PARTIAL}
 * (some of each), {@code NOT_MET} (did what the guidelines warn against), {@code NOT_OBSERVED} (nothing
 * either way yet). {@code handlingEvidence} holds the agent messages behind that judgement; {@code why} says what
 * the agent did, rendered in the reader's language.
 */
public record ProfileFinding(
        CustomerType type, List<Evidence> signals, Verdict handling, List<Evidence> handlingEvidence, Note why) {

    public ProfileFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handling, "handling");
        signals = List.copyOf(signals);
        handlingEvidence = List.copyOf(handlingEvidence);
    }

    /** A finding whose note is text already rendered (as stored before notes had keys). */
    public ProfileFinding(
            CustomerType type, List<Evidence> signals, Verdict handling, List<Evidence> handlingEvidence, String note) {
        this(type, signals, handling, handlingEvidence, Note.text(note));
    }

    /** The note in English, as findings have always carried it; null when there is none. */
    public String note() {
        return note(Locale.ENGLISH);
    }

    /** The note rendered in {@code language} (Spanish unless English); null when there is none. */
    public String note(Locale language) {
        return why == null ? null : why.render(language);
    }
}
