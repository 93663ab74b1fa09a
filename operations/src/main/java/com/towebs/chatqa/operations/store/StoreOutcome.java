package com.towebs.chatqa.operations.store;

/** What storing a chat did. */
public enum StoreOutcome {
    /** A chat not seen before. */
    ACCEPTED,
    /** A known chat whose content changed (a live chat grew, or it closed): it will be graded again. */
    UPDATED,
    /** A known chat with the same content: nothing was written. */
    UNCHANGED
}
