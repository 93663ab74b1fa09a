package com.towebs.chatqa.tools.cli;

import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.language.SpanishSpellingChecker;
import com.towebs.chatqa.evaluation.output.EvaluationJsonWriter;
import com.towebs.chatqa.evaluation.output.EvaluationTableWriter;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.RubricLoader;
import com.towebs.chatqa.evaluation.transcript.TranscriptProblem;
import com.towebs.chatqa.evaluation.transcript.TranscriptReader;
import com.towebs.chatqa.evaluation.transcript.TranscriptRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code chatqa evaluate}: reads transcript files as a stream, grades batches of chats on every core and
 * prints the evaluations in input order. Invalid records are reported on standard error with file, record
 * and reason; every valid record is still graded.
 */
final class EvaluateCommand {

    private static final int BATCH_SIZE = 128;

    private final PrintWriter out;
    private final PrintWriter err;
    private final int threads;

    EvaluateCommand(PrintWriter out, PrintWriter err, int threads) {
        this.out = out;
        this.err = err;
        this.threads = threads;
    }

    /** @return the exit status: 0 when every record was valid and graded, 1 otherwise */
    int run(EvaluateOptions options) throws UsageException, IOException {
        Evaluator evaluator = evaluator(options.rubricFile());
        Function<Evaluation, String> render = renderer(options.format(), options.language());
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "chatqa-grader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<List<Line>>> inFlight = new ArrayDeque<>();
            for (Path file : transcriptFiles(options.paths())) {
                List<TranscriptRecord> batch = new ArrayList<>(BATCH_SIZE);
                try {
                    new TranscriptReader().read(file, record -> {
                        batch.add(record);
                        if (batch.size() == BATCH_SIZE) {
                            submit(pool, inFlight, List.copyOf(batch), evaluator, render, tally);
                            batch.clear();
                        }
                    });
                } catch (IOException e) {
                    batch.add(new TranscriptRecord.Invalid(
                            new TranscriptProblem(file.toString(), 0, 0, null, "cannot be read: " + e.getMessage())));
                }
                submit(pool, inFlight, List.copyOf(batch), evaluator, render, tally);
            }
            while (!inFlight.isEmpty()) {
                print(inFlight.removeFirst(), tally);
            }
        } finally {
            pool.shutdownNow();
        }
        if (options.format() == EvaluateOptions.OutputFormat.TABLE) {
            out.println(tally.summary());
        }
        out.flush();
        err.flush();
        return tally.failures == 0 ? 0 : 1;
    }

    private void submit(
            ExecutorService pool,
            Deque<Future<List<Line>>> inFlight,
            List<TranscriptRecord> batch,
            Evaluator evaluator,
            Function<Evaluation, String> render,
            Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        inFlight.addLast(pool.submit(() -> grade(batch, evaluator, render)));
        // Keep memory flat: never more than a few batches ahead of the output.
        while (inFlight.size() > 2 * threads) {
            print(inFlight.removeFirst(), tally);
        }
    }

    private static List<Line> grade(
            List<TranscriptRecord> batch, Evaluator evaluator, Function<Evaluation, String> render) {
        List<Line> lines = new ArrayList<>(batch.size());
        for (TranscriptRecord record : batch) {
            if (record instanceof TranscriptRecord.Valid valid) {
                lines.add(gradeOne(valid, evaluator, render));
            } else if (record instanceof TranscriptRecord.Invalid invalid) {
                lines.add(new Line(false, "invalid: " + invalid.problem().describe(), null));
            }
        }
        return lines;
    }

    private static Line gradeOne(
            TranscriptRecord.Valid valid, Evaluator evaluator, Function<Evaluation, String> render) {
        try {
            Evaluation evaluation = evaluator.evaluate(valid.chat());
            return new Line(true, render.apply(evaluation), evaluation);
        } catch (RuntimeException e) {
            // One chat the engine cannot grade must not cost the rest of the run; the chat id says which.
            return new Line(false, "error: chat " + valid.chat().id() + " could not be graded: " + e, null);
        }
    }

    private void print(Future<List<Line>> pending, Tally tally) {
        List<Line> lines;
        try {
            lines = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("grading failed", e.getCause());
        }
        for (Line line : lines) {
            if (line.graded()) {
                out.println(line.text());
                tally.graded(line.evaluation());
            } else {
                err.println(line.text());
                tally.failures++;
            }
        }
    }

    /** The evaluator for --rubric (the built-in rubric without one); an invalid rubric is a usage error. */
    static Evaluator evaluator(Path rubricFile) throws UsageException, IOException {
        Rubric rubric;
        if (rubricFile == null) {
            rubric = Rubric.standard();
        } else {
            try {
                rubric = new RubricLoader().load(rubricFile);
            } catch (RubricLoader.InvalidRubricException e) {
                throw new UsageException("invalid rubric: " + e.getMessage());
            }
        }
        boolean spelling = rubric.rule(CriterionId.SPELLING).isPresent();
        return new Evaluator(rubric, spelling ? new SpanishSpellingChecker() : null);
    }

    private static Function<Evaluation, String> renderer(EvaluateOptions.OutputFormat format, Locale language) {
        return switch (format) {
            case JSONL -> new EvaluationJsonWriter(language)::toJsonLine;
            case TABLE -> new EvaluationTableWriter(language)::toBlock;
        };
    }

    /** The files to read, in a stable order: named files as given, folders walked and sorted. */
    static List<Path> transcriptFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(EvaluateCommand::isTranscriptFile)
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isTranscriptFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** One output line: a graded chat for standard output, or a problem for standard error. */
    private record Line(boolean graded, String text, Evaluation evaluation) {}

    private static final class Tally {
        int chats;
        int failures;
        double scoreSum;

        void graded(Evaluation evaluation) {
            chats++;
            scoreSum += evaluation.score();
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "%d chats graded, average score %.1f; %d records not graded",
                    chats,
                    chats == 0 ? 0 : scoreSum / chats,
                    failures);
        }
    }
}
