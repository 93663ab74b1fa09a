package com.towebs.chatqa.tools.demo;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A support team of the demo roster: its id (the same as in the Keycloak realm) and its display name. */
record DemoTeam(String id, String name) {

    /** The roster's team with that id, as {@code topics.json} names it. */
    @JsonCreator
    static DemoTeam byId(String id) {
        return DemoRoster.TEAMS.stream()
                .filter(team -> team.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo team " + id));
    }
}
