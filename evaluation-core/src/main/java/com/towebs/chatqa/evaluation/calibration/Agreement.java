package com.towebs.chatqa.evaluation.calibration;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far the engine agrees with people on one question (a criterion's verdict, a customer type's presence),
 * over the chats both judged: the share of chats with the same verdict, Cohen's kappa, the confusion matrix and
 * the chats they disagree on, in the order they were compared.
 */
public final class Agreement<C extends Enum<C>> {

    private final List<PairedVerdict<C>> pairs;
    private final ConfusionMatrix<C> matrix;

    public Agreement(Class<C> classes, List<PairedVerdict<C>> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("an agreement needs at least one chat judged by both");
        }
        this.pairs = List.copyOf(pairs);
        this.matrix = ConfusionMatrix.of(Objects.requireNonNull(classes, "classes"), this.pairs);
    }

    /** Every chat judged by both, in the order they were compared. */
    public List<PairedVerdict<C>> pairs() {
        return pairs;
    }

    public int compared() {
        return pairs.size();
    }

    public int agreed() {
        return matrix.agreed();
    }

    /** The share of compared chats with the same verdict, 0 to 1. */
    public double rate() {
        return (double) agreed() / compared();
    }

    /** Cohen's kappa; empty when the person used one class only (see {@link ConfusionMatrix#kappa()}). */
    public OptionalDouble kappa() {
        return matrix.kappa();
    }

    public ConfusionMatrix<C> matrix() {
        return matrix;
    }

    public List<PairedVerdict<C>> disagreements() {
        return pairs.stream().filter(pair -> !pair.agrees()).toList();
    }

    @Override
    public String toString() {
        return "Agreement[" + agreed() + " of " + compared() + ", kappa " + kappa() + "]";
    }
}
