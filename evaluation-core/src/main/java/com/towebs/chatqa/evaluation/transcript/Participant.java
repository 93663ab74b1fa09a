package com.towebs.chatqa.evaluation.transcript;

import java.util.Objects;

/** The agent or the customer of a chat. Only the agent's id is required; name and team may be null. */
public record Participant(String id, String name, String team) {

    public Participant {
        Objects.requireNonNull(id, "id");
    }

    public static Participant withId(String id) {
        return new Participant(id, null, null);
    }
}
