package com.towebs.chatqa.tools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Keycloak realm the product imports ({@code identity/src/main/realm/chatqa-realm.json}): the source of the
 * people and teams the demo data names, which the roster is checked against.
 */
final class Realm {

    static final Path FILE = Path.of("../identity/src/main/realm/chatqa-realm.json");

    /** An agent of the realm: user name, first and last name, the team of its {@code /teams/<team>} group. */
    record RealmAgent(String id, String name, String team) {}

    private final JsonNode realm;

    private Realm(JsonNode realm) {
        this.realm = realm;
    }

    static Realm read() {
        try {
            return new Realm(new ObjectMapper().readTree(FILE.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm " + FILE.toAbsolutePath(), e);
        }
    }

    /** The users with the realm role {@code agent}, each in its one team. */
    List<RealmAgent> agents() {
        List<RealmAgent> agents = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (!texts(user.path("realmRoles")).contains("agent")) {
                continue;
            }
            List<String> teams = texts(user.path("groups")).stream()
                    .filter(group -> group.startsWith("/teams/"))
                    .map(group -> group.substring("/teams/".length()))
                    .toList();
            if (teams.size() != 1) {
                throw new IllegalStateException("agent " + user.path("username").asText() + " is in teams " + teams);
            }
            agents.add(new RealmAgent(
                    user.path("username").asText(),
                    user.path("firstName").asText() + " "
                            + user.path("lastName").asText(),
                    teams.get(0)));
        }
        return agents;
    }

    /** The team groups: the sub-groups of {@code /teams}. */
    List<String> teams() {
        List<String> teams = new ArrayList<>();
        for (JsonNode group : realm.path("groups")) {
            if (group.path("name").asText().equals("teams")) {
                group.path("subGroups")
                        .forEach(team -> teams.add(team.path("name").asText()));
            }
        }
        return teams;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
