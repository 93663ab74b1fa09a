package com.towebs.chatqa.operations.access;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the Keycloak realm (see {@code keycloak/realm/chatqa-realm.json}) and what each may do. */
public enum Role {
    /** Reads their own evaluations and disputes verdicts. */
    AGENT("agent"),
    /** Reads and overrides the evaluations of the teams whose groups they are in; resolves their disputes. */
    MANAGER("manager"),
    /** Reads every team's evaluations and exports them; changes nothing. */
    HR("hr"),
    /** Tunes the rubric, re-evaluates periods, watches ingestion; reads every team. */
    QA_ADMIN("qa-admin"),
    /** A machine client of the API (the panel's push, scripts that start a pull). */
    INGEST("ingest");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name in the realm and in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> byName(String name) {
        return Arrays.stream(values())
                .filter(role -> role.roleName.equals(name))
                .findFirst();
    }
}
