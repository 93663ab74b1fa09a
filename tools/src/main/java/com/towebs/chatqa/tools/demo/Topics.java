package com.towebs.chatqa.tools.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What ToWebs customers write to support about, per team: cPanel access, a slow or failing WordPress, disk
 * quota and invoices for hosting; bounces, spam folders, full mailboxes, mail clients and missing mail for the
 * mail team; DNS propagation, transfers (EPP code), SSL and expired domains for domains and SSL. The dialogue is
 * data, {@code topics.json} beside this class: whoever writes the demo's Spanish edits that file, not code.
 */
final class Topics {

    private static final String FILE = "topics.json";

    /**
     * The file: the topics drawn at random for the chats of their team, and the showcase topics only the chats that
     * show a particular case are about.
     */
    private record Written(List<Topic> drawn, List<Topic> showcase) {}

    private static final Written WRITTEN = read();

    /**
     * Bots posting markup through a customer's contact form: only the showcase chat of the markup payload is
     * about it (the customer pastes what it received), so it is not among the topics drawn at random.
     */
    static final Topic CONTACT_FORM = WRITTEN.showcase().stream()
            .filter(topic -> topic.id().equals("contact-form"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(FILE + " has no showcase topic contact-form"));

    private Topics() {}

    static List<Topic> of(DemoTeam team) {
        return WRITTEN.drawn().stream()
                .filter(topic -> topic.team().equals(team))
                .toList();
    }

    static Topic byId(String id) {
        return WRITTEN.drawn().stream()
                .filter(topic -> topic.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo topic " + id));
    }

    private static Written read() {
        try (InputStream in = Topics.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing beside " + Topics.class.getName());
            }
            // a misspelled field is an error, not a silently empty phrase list
            return new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Written.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
