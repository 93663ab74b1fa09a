package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.EvaluationBrowser;
import com.towebs.chatqa.operations.review.ReviewViews.AgentView;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.TeamView;
import com.towebs.chatqa.web.security.CurrentViewer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fakes of the services the portal's backing beans call, with viewers as the identity provider would vouch for them:
 * the beans are tested as plain objects, their rules are the services' (tested with the services).
 */
final class PortalFakes {

    static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    static final Viewer LUCIA = viewer("lucia", Set.of(Role.AGENT), "ag-lucia", Set.of());
    static final Viewer MANAGER_SOPORTE = viewer("marta", Set.of(Role.MANAGER), null, Set.of("soporte"));
    static final Viewer MANAGER_VENTAS = viewer("victor", Set.of(Role.MANAGER), null, Set.of("ventas"));
    static final Viewer QA = viewer("quique", Set.of(Role.QA_ADMIN), null, Set.of());

    private PortalFakes() {}

    static Viewer viewer(String username, Set<Role> roles, String agentId, Set<String> teams) {
        return new Viewer(
                username,
                username,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                Optional.ofNullable(agentId),
                teams);
    }

    /** The signed-in viewer, fixed. */
    static CurrentViewer signedIn(Viewer viewer) {
        return new CurrentViewer() {
            @Override
            public Viewer viewer() {
                return viewer;
            }
        };
    }

    /** ToWebs' zone for the pages' dates. */
    static Formats formats() {
        Formats formats = new Formats();
        formats.zone = BUENOS_AIRES;
        return formats;
    }

    /** A browser that answers with fixed rows and remembers what it was asked. */
    static final class Browser extends EvaluationBrowser {
        List<TeamView> teams = List.of();
        List<EvaluationSummary> evaluations = List.of();
        ChatReview chat;
        final List<EvaluationFilter> filters = new ArrayList<>();

        @Override
        public List<TeamView> teams(Viewer viewer) {
            return teams;
        }

        @Override
        public List<AgentView> agents(Viewer viewer, String team) {
            return List.of();
        }

        @Override
        public List<EvaluationSummary> evaluations(Viewer viewer, EvaluationFilter filter, int first, int max) {
            filters.add(filter);
            return evaluations.stream().limit(max).toList();
        }

        @Override
        public long count(Viewer viewer, EvaluationFilter filter) {
            filters.add(filter);
            return evaluations.size();
        }

        @Override
        public ChatReview chat(Viewer viewer, long chatId) {
            return chat;
        }
    }
}
