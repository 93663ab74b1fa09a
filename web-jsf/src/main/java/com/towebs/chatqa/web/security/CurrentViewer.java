package com.towebs.chatqa.web.security;

import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The signed-in user as a {@link Viewer}, read once per request from the OIDC token WildFly validated: realm roles
 * (mapped by the OIDC client), {@code agent_id} (a user attribute of agents, the agent id in the chats) and
 * {@code groups} (full group paths; {@code /teams/<team>} names a team).
 */
@RequestScoped
public class CurrentViewer {

    /** The parent group of the team groups in the realm. */
    static final String TEAM_GROUP_PREFIX = "/teams/";

    @Inject
    HttpServletRequest request;

    private Viewer viewer;

    /** @throws AccessDenied when nobody is signed in (the web.xml constraints make that rare) */
    public Viewer viewer() {
        if (viewer == null) {
            viewer = read();
        }
        return viewer;
    }

    private Viewer read() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw new AccessDenied("nobody is signed in");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        if (!(principal instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            return new Viewer(principal.getName(), principal.getName(), roles, Optional.empty(), Set.of());
        }
        JsonWebToken token = oidc.getOidcSecurityContext().getToken();
        String username = Optional.ofNullable(token.getPreferredUsername()).orElse(principal.getName());
        String name =
                Optional.ofNullable(token.getName()).filter(n -> !n.isBlank()).orElse(username);
        return new Viewer(
                username,
                name,
                roles,
                Optional.ofNullable(token.getClaimValueAsString("agent_id")),
                teams(token.hasClaim("groups") ? token.getStringListClaimValue("groups") : List.of()));
    }

    static Set<String> teams(List<String> groups) {
        Set<String> teams = new TreeSet<>();
        for (String group : groups) {
            if (group.startsWith(TEAM_GROUP_PREFIX) && group.length() > TEAM_GROUP_PREFIX.length()) {
                teams.add(group.substring(TEAM_GROUP_PREFIX.length()));
            }
        }
        return teams;
    }
}
