package com.towebs.chatqa.operations.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as the identity provider vouched for them: the user name, the realm roles, the agent id their
 * account maps to (agents only) and the teams whose groups they are in. Every service that reads or changes
 * evaluations takes a viewer and decides here, so the pages and the API enforce the same rules.
 *
 * @param username  the login name ({@code preferred_username})
 * @param name      the name to show
 * @param roles     the realm roles this product knows
 * @param agentId   the agent id in the chats this account is, if it is an agent's
 * @param teams     the team ids of the user's team groups
 */
public record Viewer(String username, String name, Set<Role> roles, Optional<String> agentId, Set<String> teams) {

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        teams = Set.copyOf(teams);
        agentId = agentId.filter(id -> !id.isBlank());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** HR and QA admins read every team. */
    public boolean readsAllTeams() {
        return has(Role.HR) || has(Role.QA_ADMIN);
    }

    /** Whether this viewer may read a chat of {@code agent} in {@code team} (the team the chat was in). */
    public boolean mayRead(String agent, String team) {
        return readsAllTeams() || isOwn(agent) || manages(team);
    }

    /** Whether this viewer may read a whole team's figures. */
    public boolean mayReadTeam(String team) {
        return readsAllTeams() || manages(team);
    }

    /** Managers act on the evaluations of their own teams: overrides and dispute decisions. */
    public boolean manages(String team) {
        return has(Role.MANAGER) && team != null && teams.contains(team);
    }

    /** An agent's own chat. */
    public boolean isOwn(String agent) {
        return has(Role.AGENT) && agentId.isPresent() && agentId.get().equals(agent);
    }

    public void requireRead(String agent, String team) {
        if (!mayRead(agent, team)) {
            throw new AccessDenied(username + " may not read evaluations of agent " + agent);
        }
    }

    public void requireReadTeam(String team) {
        if (!mayReadTeam(team)) {
            throw new AccessDenied(username + " may not read team " + team);
        }
    }

    public void requireManages(String team) {
        if (!manages(team) && !has(Role.QA_ADMIN)) {
            throw new AccessDenied(username + " does not manage team " + team);
        }
    }

    public void requireAnyRole(Role... anyOf) {
        for (Role role : anyOf) {
            if (has(role)) {
                return;
            }
        }
        throw new AccessDenied(username + " lacks the roles for this");
    }

    public void requireRole(Role role) {
        if (!has(role)) {
            throw new AccessDenied(username + " lacks the role " + role.roleName());
        }
    }
}
