package com.towebs.chatqa.benchmarks;

import com.towebs.chatqa.evaluation.language.SpanishSpellingChecker;
import com.towebs.chatqa.evaluation.language.SpellingChecker;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/*
 * Words checked per second by SpanishSpellingChecker on one thread, and how long loading the dictionary takes.
 *   warmCache: the checker as the engine uses it, its verdict cache filled by earlier chats (agents repeat phrases).
 *   coldCache: the cache disabled, so every word is judged against the dictionary: the cost of never-seen words.
 *     (A new checker per iteration would measure the same as warmCache after its first few milliseconds,
 *     and a new one per message would measure dictionary loading: that is what `load` measures instead.)
 *   load: constructing a checker (reading the 2.6 MB dictionary and the accepted words) in a fresh JVM, one
 *     shot in each of 5 forks. Run it without -f/-i options, which would override that (and time warm reloads).
 * The ":words" line of warmCache and coldCache is the words/s figure; their plain ops/s line counts messages.
 *
 * Run (from the repository root):
 *   ./mvnw -q -Pbench -pl benchmarks -am package -DskipTests
 *   java -jar benchmarks/target/benchmarks.jar 'SpellingBenchmark.(warm|cold)Cache' -f 1 -wi 3 -i 5
 *   java -jar benchmarks/target/benchmarks.jar SpellingBenchmark.load
 */

/** Throughput of the Spanish spelling checker over the agents' messages of the seeded sample chats. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SpellingBenchmark {

    /** The agents' messages of 256 sample chats, with their word counts. */
    @State(Scope.Thread)
    public static class Messages {
        String[] texts;
        int[] words;
        int next;

        @Setup
        public void setUp() {
            List<String> agentTexts = SampleChats.agentTexts(SampleChats.generate(256, SampleChats.SEED));
            texts = agentTexts.toArray(String[]::new);
            SpellingChecker counter = new SpanishSpellingChecker(0);
            words = agentTexts.stream().mapToInt(counter::countWords).toArray();
        }

        int nextIndex() {
            int index = next;
            next = next + 1 == texts.length ? 0 : next + 1;
            return index;
        }
    }

    /** A checker whose cache has already seen every message. */
    @State(Scope.Benchmark)
    public static class WarmChecker {
        SpellingChecker checker;

        @Setup
        public void setUp(Messages messages) {
            checker = new SpanishSpellingChecker();
            for (String text : messages.texts) {
                checker.misspellings(text);
            }
        }
    }

    /** A checker without a cache: every word goes to the dictionary. */
    @State(Scope.Benchmark)
    public static class UncachedChecker {
        SpellingChecker checker;

        @Setup
        public void setUp() {
            checker = new SpanishSpellingChecker(0);
        }
    }

    /** Reported per second: the words checked. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Words {
        public long words;

        @Setup(Level.Iteration)
        public void reset() {
            words = 0;
        }
    }

    @Benchmark
    public List<SpellingChecker.Misspelling> warmCache(WarmChecker warm, Messages messages, Words counted) {
        int index = messages.nextIndex();
        counted.words += messages.words[index];
        return warm.checker.misspellings(messages.texts[index]);
    }

    @Benchmark
    public List<SpellingChecker.Misspelling> coldCache(UncachedChecker cold, Messages messages, Words counted) {
        int index = messages.nextIndex();
        counted.words += messages.words[index];
        return cold.checker.misspellings(messages.texts[index]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public SpellingChecker load() {
        return new SpanishSpellingChecker();
    }
}
