package com.towebs.chatqa.operations.repository;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a viewer may read, as a JPQL condition on a chat's team ({@code t.id}) and agent ({@code a.id}): agents
 * their own chats, managers their teams', HR and QA admins every team's. Applied in the query, so nothing the viewer
 * may not see is ever loaded.
 */
record ViewerScope(String where, Map<String, Object> parameters) {

    static ViewerScope of(Viewer viewer) {
        if (viewer.readsAllTeams()) {
            return new ViewerScope("1 = 1", Map.of());
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (viewer.has(Role.AGENT) && viewer.agentId().isPresent()) {
            any.add("a.id = :scopeAgent");
            parameters.put("scopeAgent", viewer.agentId().get());
        }
        if (viewer.has(Role.MANAGER) && !viewer.teams().isEmpty()) {
            any.add("t.id in :scopeTeams");
            parameters.put("scopeTeams", viewer.teams());
        }
        return new ViewerScope(any.isEmpty() ? null : "(" + String.join(" or ", any) + ")", parameters);
    }

    /** The viewer may read no chat at all. */
    boolean nothing() {
        return where == null;
    }

    void bind(TypedQuery<?> query) {
        parameters.forEach(query::setParameter);
    }
}
