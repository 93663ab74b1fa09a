package com.towebs.chatqa.evaluation.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.calibration.HumanVerdicts;
import com.towebs.chatqa.evaluation.calibration.HumanVerdictsReader;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.TranscriptParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hand-labelled chats under {@code src/test/resources/corpus}: transcript v1 records with an
 * {@code expected} object holding a person's verdict for every criterion and the customer's profile, read the way
 * {@code chatqa calibrate} reads them ({@link HumanVerdictsReader}); the corpus insists on every label.
 */
public final class LabelledCorpus {

    private static final String FOLDER = "/corpus";

    /** A chat and what a person judged it to deserve: a verdict on every criterion and the customer's profile. */
    public record LabelledChat(Chat chat, HumanVerdicts human, String labelNote) {

        public Map<CriterionId, Verdict> expected() {
            return human.criteria();
        }

        public Set<CustomerType> expectedProfile() {
            return human.customerProfile().orElseThrow();
        }
    }

    private LabelledCorpus() {}

    public static List<LabelledChat> load() {
        ObjectMapper json = new ObjectMapper();
        TranscriptParser parser = new TranscriptParser();
        List<LabelledChat> chats = new ArrayList<>();
        for (Path file : files()) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (!line.isBlank()) {
                        chats.add(toLabelledChat(json.readTree(line), parser, file + ":" + number));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return chats;
    }

    /** Every {@code .jsonl} file of the corpus folder, in name order (set-a, set-b, ...). */
    private static List<Path> files() {
        try (Stream<Path> listing =
                Files.list(Path.of(LabelledCorpus.class.getResource(FOLDER).toURI()))) {
            return listing.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LabelledChat toLabelledChat(JsonNode node, TranscriptParser parser, String where) {
        Chat chat;
        try {
            chat = parser.parse(node);
        } catch (TranscriptParser.InvalidTranscriptException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        HumanVerdicts human;
        try {
            human = HumanVerdictsReader.fromLabels(chat.id(), node.get("expected"), where);
        } catch (HumanVerdictsReader.InvalidLabelsException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        for (CriterionId id : CriterionId.values()) {
            if (human.verdict(id).isEmpty()) {
                throw new IllegalStateException(where + ": no label for " + id);
            }
        }
        if (human.customerProfile().isEmpty()) {
            throw new IllegalStateException(where + ": no label for customerProfile");
        }
        return new LabelledChat(chat, human, node.path("labelNote").asText(null));
    }
}
