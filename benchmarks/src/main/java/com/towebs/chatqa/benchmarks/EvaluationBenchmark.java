package com.towebs.chatqa.benchmarks;

import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.language.SpanishSpellingChecker;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/*
 * Chats graded per second on one thread, 20-message chats, under the standard rubric with and without SPELLING.
 * Goals: >= 5,000 chats/s without spelling, >= 500 with it.
 *
 * Run (from the repository root):
 *   ./mvnw -q -Pbench -pl benchmarks -am package -DskipTests
 *   java -jar benchmarks/target/benchmarks.jar EvaluationBenchmark -f 1 -wi 3 -i 5
 */

/**
 * Throughput of {@link Evaluator#evaluate(Chat)} on one thread: each operation grades one 20-message chat
 * from a fixed, seeded set (see {@link SampleChats}), cycling through the set so that no single chat's
 * branches dominate. The spelling checker is warm, as in a bulk run where agents' phrases repeat.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {

    /** A power of two, so the next chat is an index mask away. */
    private static final int CHATS = 1024;

    private Chat[] chats;
    private Evaluator withSpelling;
    private Evaluator withoutSpelling;
    private int next;
    private long serial;

    @Setup
    public void setUp() {
        List<Chat> generated = SampleChats.generate(CHATS, SampleChats.SEED);
        chats = generated.toArray(Chat[]::new);
        Rubric standard = Rubric.standard();
        withSpelling = new Evaluator(standard, new SpanishSpellingChecker());
        withoutSpelling = new Evaluator(standard.without(CriterionId.SPELLING), null);
    }

    @Benchmark
    public Evaluation withSpelling() {
        return withSpelling.evaluate(nextChat());
    }

    @Benchmark
    public Evaluation withoutSpelling() {
        return withoutSpelling.evaluate(nextChat());
    }

    /**
     * Without SPELLING, every message text made unique by a made-up word at its end, so that nothing learnt
     * from a repeated phrase helps: the engine's cost on text it has never seen (building the copy is included).
     */
    @Benchmark
    public Evaluation withoutSpellingNoRepeats() {
        Chat chat = nextChat();
        List<Message> unique = new ArrayList<>(chat.messages().size());
        for (Message message : chat.messages()) {
            unique.add(new Message(message.at(), message.from(), message.text() + " " + madeUpWord(serial++)));
        }
        return withoutSpelling.evaluate(
                new Chat(chat.id(), chat.source(), chat.status(), chat.agent(), chat.customer(), unique));
    }

    /** A word of letters only, different for every {@code n}, that no cue reads: "qza", "qzb"... */
    private static String madeUpWord(long n) {
        StringBuilder word = new StringBuilder("qz");
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.toString();
    }

    private Chat nextChat() {
        Chat chat = chats[next];
        next = (next + 1) & (CHATS - 1);
        return chat;
    }
}
