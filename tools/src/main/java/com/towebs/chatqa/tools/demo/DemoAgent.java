package com.towebs.chatqa.tools.demo;

/** An agent of the demo roster: its id (the same as in the Keycloak realm), its name, its team and its style. */
record DemoAgent(String id, String name, DemoTeam team, AgentStyle style) {

    String firstName() {
        return name.substring(0, name.indexOf(' '));
    }
}
