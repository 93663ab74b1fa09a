package com.towebs.chatqa.operations.rubric;

import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Chat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the grader asks at each pass: the evaluator of the rubric active now. One {@link Evaluator} is built per
 * rubric version and kept, so switching back and forth costs nothing.
 */
public final class ActiveEvaluator implements Supplier<Function<Chat, Evaluation>> {

    private final Supplier<Rubric> activeRubric;
    private final Function<Rubric, Evaluator> build;
    private final Map<String, Evaluator> byVersion = new ConcurrentHashMap<>();

    /**
     * @param activeRubric the rubric in force (e.g. {@link RubricVersions#active()})
     * @param build        makes the evaluator of a rubric (with or without a spelling checker)
     */
    public ActiveEvaluator(Supplier<Rubric> activeRubric, Function<Rubric, Evaluator> build) {
        this.activeRubric = activeRubric;
        this.build = build;
    }

    /** The evaluator of the active rubric. */
    public Evaluator evaluator() {
        Rubric rubric = activeRubric.get();
        return byVersion.computeIfAbsent(rubric.version(), version -> build.apply(rubric));
    }

    @Override
    public Function<Chat, Evaluation> get() {
        return evaluator()::evaluate;
    }
}
