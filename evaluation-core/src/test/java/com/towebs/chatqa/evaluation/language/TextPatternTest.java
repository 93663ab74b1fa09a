package com.towebs.chatqa.evaluation.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.corpus.LabelledCorpus;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Message;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextPatternTest {

    @Test
    void aWordAlternationRequiresOneOfItsWords() {
        // aguardame, esperanos...: cut to six letters, one of them must be there
        assertThat(TextPattern.compile("\\b(?:aguard|esper)(?:a|e)(?:me|nos)\\b")
                        .requiredFactors())
                .containsExactlyInAnyOrder("aguard", "espera", "espere");
    }

    @Test
    void optionalPartsAndLookaroundsAreNotRequired() {
        assertThat(TextPattern.compile("(?<!no )\\bgracias?\\b(?! por nada)").requiredFactors())
                .containsExactly("gracia");
    }

    @Test
    void theMoreSelectivePartOfASequenceIsKept() {
        assertThat(TextPattern.compile("\\b(?:un|una)\\s+\\w*\\s+ticket\\b").requiredFactors())
                .containsExactly("ticket");
    }

    @Test
    void anExpressionThatCanMatchNothingHasNoPrefilter() {
        assertThat(TextPattern.compile("(?:hola)?").requiredFactors()).isEmpty();
        assertThat(TextPattern.compile("\\w+").requiredFactors()).isEmpty();
        assertThat(TextPattern.compile("[a-z]{3}").requiredFactors()).isEmpty();
    }

    @Test
    void caseInsensitiveAndBackReferencesAreNotPrefiltered() {
        assertThat(TextPattern.compile("gracias", java.util.regex.Pattern.CASE_INSENSITIVE)
                        .requiredFactors())
                .isEmpty();
        assertThat(TextPattern.compile("(a)\\1").requiredFactors()).isEmpty();
        assertThat(TextPattern.compile("(?i)gracias").requiredFactors()).isEmpty();
    }

    @Test
    void aTextWithoutTheFactorsGetsAMatcherThatFindsNothing() {
        TextPattern ticket = TextPattern.compile("ticket\\s*#?(\\d+)");
        assertThat(ticket.matcher("te paso el numero de caso").find()).isFalse();
        var matcher = ticket.matcher("tu ticket #4412 ya esta");
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(1)).isEqualTo("4412");
    }

    /**
     * The pre-filter changes no verdict: for every cue the engine uses and every text of the corpus (as
     * written and normalised, whole and in pieces), a text the pre-filter rules out is one the expression
     * does not match.
     */
    @Test
    void thePrefilterNeverRulesOutATextTheExpressionMatches() throws Exception {
        List<TextPattern> cues = engineCues();
        assertThat(cues).hasSizeGreaterThan(100);
        List<String> texts = corpusTexts();
        long ruledOut = 0;
        long checks = 0;
        for (TextPattern cue : cues) {
            for (String text : texts) {
                checks++;
                if (!cue.mayMatch(text)) {
                    ruledOut++;
                    assertThat(cue.pattern().matcher(text).find())
                            .as("cue %s ruled out a text it matches: %s", cue, text)
                            .isFalse();
                }
            }
        }
        // The pre-filter is also worth having: most checks never reach the expression.
        assertThat((double) ruledOut / checks).isGreaterThan(0.5);
    }

    private static List<String> corpusTexts() {
        List<String> texts = new ArrayList<>();
        Random random = new Random(20261122);
        for (LabelledCorpus.LabelledChat chat : LabelledCorpus.load()) {
            for (Message message : chat.chat().messages()) {
                String normalized = SpanishNormalizer.normalize(message.text()).text();
                texts.add(message.text());
                texts.add(normalized);
                if (normalized.length() > 4) {
                    int from = random.nextInt(normalized.length() / 2);
                    texts.add(normalized.substring(from, from + 1 + random.nextInt(normalized.length() - from - 1)));
                }
            }
        }
        return texts;
    }

    /**
     * Every cue of the built-in rubric's cue files, and every TextPattern held in a static field of the engine's
     * classes, directly or in lists, maps and records.
     */
    static List<TextPattern> engineCues() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes = Path.of(TextPattern.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<TextPattern> cues = new ArrayList<>();
        Rubric.standard().cues().all().forEach(cue -> cues.add(cue.pattern()));
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, true, TextPatternTest.class.getClassLoader());
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                        field.setAccessible(true);
                        collect(field.get(null), cues, 0);
                    }
                }
            }
        }
        return cues;
    }

    private static void collect(Object value, List<TextPattern> cues, int depth) throws ReflectiveOperationException {
        if (value == null || depth > 3) {
            return;
        }
        if (value instanceof TextPattern cue) {
            cues.add(cue);
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                collect(item, cues, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                collect(item, cues, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                collect(accessor.invoke(value), cues, depth + 1);
            }
        }
    }
}
