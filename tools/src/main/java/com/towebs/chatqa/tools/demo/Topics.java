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
     * A topic as {@code topics.json} writes it: the team by id, the steps' phrase variants as {@link Topic}'s, and
     * {@code showcaseOnly} for a topic that is never drawn at random.
     */
    private record Written(
            String id,
            String team,
            Boolean showcaseOnly,
            List<String> problem,
            List<String> noviceProblem,
            List<String> expertDetail,
            List<String> paraphrase,
            List<String> question,
            List<String> answer,
            List<String> check,
            List<String> fix,
            List<String> jargonFix,
            List<String> plainFix,
            List<String> cause,
            double escalates) {

        Topic topic() {
            DemoTeam demoTeam = DemoRoster.TEAMS.stream()
                    .filter(known -> known.id().equals(team))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(FILE + ": topic " + id + " names no team " + team));
            return new Topic(
                    id,
                    demoTeam,
                    problem,
                    noviceProblem,
                    expertDetail,
                    paraphrase,
                    question,
                    answer,
                    check,
                    fix,
                    jargonFix,
                    plainFix,
                    cause,
                    escalates);
        }
    }

    private static final List<Written> WRITTEN = read();

    /**
     * Bots posting markup through a customer's contact form: only the showcase chat of the markup payload is
     * about it (the customer pastes what it received), so it is not among the topics drawn at random.
     */
    static final Topic CONTACT_FORM = byId(WRITTEN, "contact-form");

    /** The topics drawn at random, in the file's order. */
    private static final List<Topic> ALL = WRITTEN.stream()
            .filter(written -> !Boolean.TRUE.equals(written.showcaseOnly()))
            .map(Written::topic)
            .toList();

    private Topics() {}

    static List<Topic> of(DemoTeam team) {
        return ALL.stream().filter(topic -> topic.team().equals(team)).toList();
    }

    static Topic byId(String id) {
        return ALL.stream()
                .filter(topic -> topic.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo topic " + id));
    }

    private static Topic byId(List<Written> written, String id) {
        return written.stream()
                .filter(topic -> topic.id().equals(id))
                .findFirst()
                .map(Written::topic)
                .orElseThrow(() -> new IllegalStateException(FILE + " has no topic " + id));
    }

    private static List<Written> read() {
        try (InputStream in = Topics.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing beside " + Topics.class.getName());
            }
            // a misspelled field is an error, not a silently empty phrase list
            return List.of(new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Written[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
