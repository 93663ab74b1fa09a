package com.towebs.chatqa.evaluation.cues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every cue of the built-in rubric matches each of its examples and none of its near misses, read through the same
 * matcher the engine uses. A cue that stops catching its example, or starts firing on a near miss, fails the build
 * with its file and line, so that whoever edits a cue file sees at once what the edit broke.
 */
class CueExamplesTest {

    @Test
    void everyCueMatchesItsExamplesAndNoneOfItsNearMisses() throws InvalidCueSetException {
        CueSet cues = CueSet.fromClasspath(Rubric.STANDARD_FOLDER);

        assertThat(cues.exampleFailures()).isEmpty();
        assertThat(cues.all()).allSatisfy(cue -> {
            assertThat(cue.examples()).as("%s examples", cue).isNotEmpty();
            assertThat(cue.nearMisses()).as("%s near misses", cue).isNotEmpty();
        });
    }

    @Test
    void aCueThatMissesItsExampleOrFiresOnItsNearMissIsReportedWithFileAndLine() {
        Map<String, String> texts = new LinkedHashMap<>(Rubric.standard().cues().texts());
        String path = CueSet.path("criteria/courtesy");
        texts.put(
                path,
                texts.get(path)
                        .replace("          - 'como ya te dije, reiniciá'", "          - 'como te decía, reiniciá'")
                        .replace("          - '¿me van a contestar o no?'", "          - 'ya te lo dije'"));

        assertThatThrownBy(() -> CueSet.parse(texts))
                .isInstanceOfSatisfying(
                        InvalidCueSetException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        path + ":" + lineOf(texts.get(path), "como te decía")
                                                + ": cue already-told-you misses its example \"como te decía, reiniciá\"",
                                        path + ":" + lineOf(texts.get(path), "'ya te lo dije'")
                                                + ": cue already-told-you fires on its near miss \"ya te lo dije\""));
    }

    @Test
    void aMistakeInACueFileIsReportedWithFileAndLine() {
        Map<String, String> texts = new LinkedHashMap<>(Rubric.standard().cues().texts());
        String path = CueSet.path("criteria/greeting");
        texts.put(
                path, texts.get(path).replace("- 'holis'", "- '{no-such-list}'").replace("reason:", "reasn:"));

        assertThatThrownBy(() -> CueSet.parse(texts))
                .isInstanceOfSatisfying(
                        InvalidCueSetException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p ->
                                        assertThat(p).startsWith(path + ":").contains("unknown field \"reasn\""))
                                .anySatisfy(p ->
                                        assertThat(p).startsWith(path + ":").contains("no list named no-such-list")));
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }
}
