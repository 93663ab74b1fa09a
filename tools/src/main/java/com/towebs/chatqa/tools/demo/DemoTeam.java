package com.towebs.chatqa.tools.demo;

/** A support team of the demo roster: its id (the same as in the Keycloak realm) and its display name. */
record DemoTeam(String id, String name) {}
