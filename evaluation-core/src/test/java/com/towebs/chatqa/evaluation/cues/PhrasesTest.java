package com.towebs.chatqa.evaluation.cues;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A phrase written once in a cue file matches the ways chats write it. */
class PhrasesTest {

    private static boolean matches(String phrase, String chat) {
        String regex = Phrases.regex(phrase, list -> "(?:perdon|disculpa)");
        return Pattern.compile(regex)
                .matcher(SpanishNormalizer.normalize(chat).text())
                .find();
    }

    @ParameterizedTest(name = "\"{0}\" matches \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "disculpá la demora | Disculpe la demora",
                "disculpá la demora | DISCULPAAA la demora!!",
                "disculpá la demora | mil disculpas, la demora fue nuestra",
                "revisá la casilla | ya reviso la casilla",
                "revisá la casilla | ¿revisás la casilla?",
                "revisá la casilla | Revise la casilla, por favor",
                "por favor | xfa pasame el dominio",
                "gracias | graciass",
                "perdón por * demora | perdón por la demora",
                "{apology} por la espera | disculpá por la espera",
                "ya te lo había dicho | Ya te lo habia dicho, reiniciá el router"
            })
    void aPhraseMatchesItsAccentCaseStretchedInflectedAndAbbreviatedForms(String phrase, String chat) {
        assertThat(matches(phrase, chat)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not match \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "disculpá la demora | disculpá, ¿me repetís el dominio?",
                "revisá la casilla | revisamos la casilla",
                "la demora | las demoradas",
                "por favor | favorito",
                "perdón por * demora | perdón por haber tardado en la demora",
                "ya te lo había dicho | ya te lo había mandado por mail"
            })
    void aPhraseDoesNotMatchOtherWords(String phrase, String chat) {
        assertThat(matches(phrase, chat)).isFalse();
    }

    @Test
    void aCueMayBeWrittenAsPhrasesInItsFile() throws InvalidCueSetException {
        Map<String, String> texts = new LinkedHashMap<>(Rubric.standard().cues().texts());
        String path = CueSet.path("criteria/further-help");
        texts.put(path, texts.get(path) + """
                          - id: anything-else
                            reason: 'Asking whether the customer needs anything else.'
                            phrases:
                              - 'necesitás algo más'
                              - '¿te ayudo con * más?'
                            examples:
                              - 'Necesitas algo mas?'
                              - 'te ayudo con algo más?'
                            nearMisses:
                              - 'necesitás más espacio'
                        """.indent(4));

        Cue cue = CueSet.parse(texts).cues("criteria/further-help", "offer").get(1);

        assertThat(cue.id()).isEqualTo("anything-else");
        assertThat(cue.matches("NECESITÁS ALGO MÁS???")).isTrue();
    }
}
