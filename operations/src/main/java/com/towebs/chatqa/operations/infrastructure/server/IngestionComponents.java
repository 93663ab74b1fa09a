package com.towebs.chatqa.operations.infrastructure.server;

import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.language.SpanishSpellingChecker;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.RubricLoader;
import com.towebs.chatqa.operations.grading.Grader;
import com.towebs.chatqa.operations.grading.GradingWorker;
import com.towebs.chatqa.operations.infrastructure.persistence.JtaTransactions;
import com.towebs.chatqa.operations.ingestion.IngestionMonitor;
import com.towebs.chatqa.operations.ingestion.IngestionService;
import com.towebs.chatqa.operations.ingestion.dropfolder.DropFolder;
import com.towebs.chatqa.operations.ingestion.redaction.Redactor;
import com.towebs.chatqa.operations.rubric.ActiveEvaluator;
import com.towebs.chatqa.operations.rubric.PeriodReevaluation;
import com.towebs.chatqa.operations.rubric.RubricVersions;
import com.towebs.chatqa.operations.store.ChatStore;
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
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the plain ingestion and grading classes into the server: one instance each, the JTA transactions, the
 * settings (MicroProfile Config: a system property {@code chatqa.x.y}, then the environment variable
 * {@code CHATQA_X_Y}). The classes themselves know nothing of CDI, so the tests build them the same way by hand.
 */
@ApplicationScoped
public class IngestionComponents {

    @Inject
    JtaTransactions transactions;

    @Inject
    GradingWorker gradingWorker;

    @Inject
    @ConfigProperty(name = "chatqa.rubric.file")
    Optional<String> rubricFile;

    @Inject
    @ConfigProperty(name = "chatqa.pull.lease", defaultValue = "PT2M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "chatqa.dropfolder")
    Optional<String> dropFolder;

    @Inject
    @ConfigProperty(name = "chatqa.node")
    Optional<String> node;

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

    /** The built-in rubric: the file {@code chatqa.rubric.file} names, else the standard one. */
    private Rubric builtInRubric() {
        return rubricFile
                .map(file -> {
                    try {
                        return new RubricLoader().load(Path.of(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the rubric " + file, e);
                    } catch (RubricLoader.InvalidRubricException e) {
                        throw new IllegalStateException("the rubric " + file + " is not valid: " + e.getMessage(), e);
                    }
                })
                .orElseGet(Rubric::standard);
    }

    /** The rubric versions: the built-in rubric and those QA admins stored; the active one grades. */
    @Produces
    @Singleton
    RubricVersions rubricVersions(Clock clock) {
        return new RubricVersions(transactions, builtInRubric(), clock);
    }

    /** The evaluator of the active rubric, one per rubric version; the spelling checker is shared. */
    @Produces
    @Singleton
    ActiveEvaluator activeEvaluator(RubricVersions versions) {
        Supplier<SpanishSpellingChecker> speller = new Supplier<>() {
            private SpanishSpellingChecker checker;

            @Override
            public synchronized SpanishSpellingChecker get() {
                if (checker == null) {
                    checker = new SpanishSpellingChecker();
                }
                return checker;
            }
        };
        return new ActiveEvaluator(
                versions::active,
                rubric ->
                        new Evaluator(rubric, rubric.rule(CriterionId.SPELLING).isPresent() ? speller.get() : null));
    }

    @Produces
    @Singleton
    Grader grader(ActiveEvaluator evaluator, Clock clock) {
        return new Grader(transactions, evaluator, clock);
    }

    /** Re-grading a period: days in {@code chatqa.timezone} (default Buenos Aires); wakes the grading worker. */
    @Produces
    @Singleton
    PeriodReevaluation periodReevaluation(ZoneId zone) {
        return new PeriodReevaluation(transactions, zone, gradingWorker::requestPass);
    }

    @Produces
    @Singleton
    IngestionMonitor ingestionMonitor() {
        return new IngestionMonitor(transactions);
    }

    @Produces
    @Singleton
    IngestionService ingestionService(ChatStore store, Redactor redactor, Clock clock) {
        return new IngestionService(
                transactions, store, redactor, clock, nodeName(), lease, gradingWorker::requestPass);
    }

    @Produces
    @Singleton
    DropFolder dropFolder(IngestionService ingestion, Clock clock) {
        String fallback = Path.of(System.getProperty("jboss.server.data.dir", "data"), "chatqa", "inbox")
                .toString();
        return new DropFolder(Path.of(dropFolder.orElse(fallback)), ingestion, clock);
    }

    private String nodeName() {
        return node.orElseGet(() -> {
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
