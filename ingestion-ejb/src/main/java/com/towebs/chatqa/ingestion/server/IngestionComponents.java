package com.towebs.chatqa.ingestion.server;

import com.towebs.chatqa.evaluation.Evaluator;
import com.towebs.chatqa.evaluation.language.SpanishSpellingChecker;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.RubricLoader;
import com.towebs.chatqa.ingestion.dropfolder.DropFolder;
import com.towebs.chatqa.ingestion.grading.Grader;
import com.towebs.chatqa.ingestion.pull.IngestionService;
import com.towebs.chatqa.ingestion.redaction.Redactor;
import com.towebs.chatqa.ingestion.store.ChatStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the plain ingestion and grading classes into the server: one instance each, the JTA transactions, the
 * settings. The classes themselves know nothing of CDI, so the tests build them the same way by hand.
 */
@ApplicationScoped
public class IngestionComponents {

    @Inject
    JtaTransactions transactions;

    @Inject
    GradingWorker gradingWorker;

    private final Settings settings = Settings.fromEnvironment();

    @Produces
    @Singleton
    Settings settings() {
        return settings;
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ChatStore chatStore() {
        return new ChatStore();
    }

    @Produces
    @Singleton
    Redactor redactor() {
        return new Redactor();
    }

    /** The rubric in force: the standard one, or the file {@code chatqa.rubric.file} names. */
    @Produces
    @Singleton
    Evaluator evaluator() {
        Rubric rubric = settings.get("chatqa.rubric.file").map(file -> {
            try {
                return new RubricLoader().load(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rubric " + file, e);
            } catch (RubricLoader.InvalidRubricException e) {
                throw new IllegalStateException("the rubric " + file + " is not valid: " + e.getMessage(), e);
            }
        }).orElseGet(Rubric::standard);
        boolean spelling = rubric.rule(CriterionId.SPELLING).isPresent();
        return new Evaluator(rubric, spelling ? new SpanishSpellingChecker() : null);
    }

    @Produces
    @Singleton
    Grader grader(Evaluator evaluator, Clock clock) {
        return new Grader(transactions, () -> evaluator::evaluate, clock);
    }

    @Produces
    @Singleton
    IngestionService ingestionService(ChatStore store, Redactor redactor, Clock clock) {
        return new IngestionService(transactions, store, redactor, clock, nodeName(),
                settings.getDuration("chatqa.pull.lease", Duration.ofMinutes(2)), gradingWorker::requestPass);
    }

    @Produces
    @Singleton
    DropFolder dropFolder(IngestionService ingestion, Clock clock) {
        String fallback = Path.of(System.getProperty("jboss.server.data.dir", "data"), "chatqa", "inbox").toString();
        return new DropFolder(Path.of(settings.get("chatqa.dropfolder", fallback)), ingestion, clock);
    }

    private String nodeName() {
        return settings.get("chatqa.node").orElseGet(() -> {
            String node = System.getProperty("jboss.node.name");
            if (node != null) {
                return node;
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "chatqa";
            }
        });
    }
}
