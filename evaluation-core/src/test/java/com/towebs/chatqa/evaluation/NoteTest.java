package com.towebs.chatqa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.corpus.LabelledCorpus;
import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Notes say why in the reader's language: Spanish (es-AR) first, English second, from the engine's bundles. */
class NoteTest {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Note.class.getResourceAsStream("i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyNoteIsWrittenInSpanishAndInEnglish() throws IOException {
        assertThat(bundle("notes_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("notes.properties").keySet());
    }

    @Test
    void aNoteRendersInTheReadersLanguageWithItsArguments() {
        Note wait = Note.of("hold.wait.customer", "3 min 10 s", 4);

        assertThat(wait.render(Note.SPANISH)).isEqualTo("3 min 10 s sin novedades desde el mensaje 4 del cliente");
        assertThat(wait.render(ENGLISH)).isEqualTo("3 min 10 s without news after the customer's message 4");
        assertThat(Note.of("hold-follow-up.more-silences", wait, 2L, "2 min 30 s")
                        .render(Note.SPANISH))
                .isEqualTo(
                        "3 min 10 s sin novedades desde el mensaje 4 del cliente (y 2 silencio(s) más de 2 min 30 s)");
    }

    @Test
    void decimalsFollowTheLanguageAndWholeNumbersAreNotGrouped() {
        Note spelling = Note.of("spelling.rate", 3, 1234, Note.oneDecimal(0.25));

        assertThat(spelling.render(Note.SPANISH))
                .isEqualTo("3 errores de ortografía en 1234 palabras del agente (0,3 cada 100 palabras)");
        assertThat(spelling.render(ENGLISH)).isEqualTo("3 spelling errors in 1234 agent words (0.3 per 100 words)");
    }

    @Test
    void aListOfNotesIsJoinedWithCommas() {
        Note handling = Note.of(
                "handling.did-but",
                List.of(Note.of("handling.apologised"), Note.of("handling.step-by-step")),
                List.of(Note.of("handling.left-waiting")));

        assertThat(handling.render(Note.SPANISH))
                .isEqualTo("el agente se disculpó, fue paso a paso; pero dejó al cliente esperando");
        assertThat(handling.render(ENGLISH))
                .isEqualTo("the agent apologised, went step by step; but left the customer waiting");
    }

    @Test
    void aNoteStoredAsTextReadsTheSameInEveryLanguage() {
        CriterionResult stored = new CriterionResult(
                CriterionId.TICKET, Verdict.PARTIAL, List.of(), "ticket announced without its number");

        assertThat(stored.note(Note.SPANISH)).isEqualTo("ticket announced without its number");
        assertThat(stored.note()).isEqualTo("ticket announced without its number");
        assertThat(new CriterionResult(CriterionId.TICKET, Verdict.MET, List.of(), (String) null).note())
                .isNull();
    }

    @Test
    void everyNoteOfTheCorpusRendersInBothLanguagesAndTheSpanishHasNoEnglishLeft() {
        Evaluator evaluator = new Evaluator(Rubric.standard().without(CriterionId.SPELLING), null);
        List<String> spanish = new ArrayList<>();
        for (LabelledCorpus.LabelledChat chat : LabelledCorpus.load()) {
            Evaluation evaluation = evaluator.evaluate(chat.chat());
            for (CriterionResult result : evaluation.criteria()) {
                if (result.why() != null) {
                    spanish.add(result.note(Note.SPANISH));
                    assertThat(result.note(ENGLISH)).isEqualTo(result.note());
                }
            }
            for (ProfileFinding finding : evaluation.customerProfile()) {
                spanish.add(finding.note(Note.SPANISH));
            }
        }
        assertThat(spanish)
                .hasSizeGreaterThan(500)
                .allSatisfy(note -> assertThat(note).doesNotContain("the agent", "customer", "without", "message "));
    }
}
