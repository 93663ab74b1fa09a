package com.towebs.chatqa.tools.demo;

import java.time.ZonedDateTime;

/**
 * What one demo chat is about before its words are written: who talks to whom about what, when it starts,
 * whether it is still live, and whether it carries one of the demo's showcases.
 */
record Scenario(
        String chatId,
        DemoAgent agent,
        DemoCustomer customer,
        CustomerKind kind,
        Topic topic,
        ZonedDateTime start,
        boolean live,
        Showcase showcase) {

    /** Chats that show a feature of the portal: escaping of markup, redaction of credentials. */
    enum Showcase {
        NONE,
        /** the customer pastes HTML and JavaScript it found in its contact form */
        MARKUP_PAYLOAD,
        /** the customer types its panel user and password when the agent asks for them */
        CREDENTIALS
    }
}
