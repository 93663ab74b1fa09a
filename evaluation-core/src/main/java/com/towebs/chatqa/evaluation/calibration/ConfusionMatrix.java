package com.towebs.chatqa.evaluation.calibration;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How many chats got each pair of verdicts: rows are the person's verdict, columns the engine's. The diagonal
 * is where they agree. Also the home of Cohen's kappa, which is computed from these counts alone.
 */
public final class ConfusionMatrix<C extends Enum<C>> {

    private final Class<C> classes;
    private final int[][] counts;
    private final int total;

    private ConfusionMatrix(Class<C> classes, int[][] counts, int total) {
        this.classes = classes;
        this.counts = counts;
        this.total = total;
    }

    public static <C extends Enum<C>> ConfusionMatrix<C> of(Class<C> classes, List<PairedVerdict<C>> pairs) {
        int size = classes.getEnumConstants().length;
        int[][] counts = new int[size][size];
        for (PairedVerdict<C> pair : pairs) {
            counts[pair.human().ordinal()][pair.automatic().ordinal()]++;
        }
        return new ConfusionMatrix<>(Objects.requireNonNull(classes, "classes"), counts, pairs.size());
    }

    /** How many chats the person judged {@code human} and the engine {@code automatic}. */
    public int count(C human, C automatic) {
        return counts[human.ordinal()][automatic.ordinal()];
    }

    /** The row total: how many chats the person judged {@code human}. */
    public int humanCount(C human) {
        return Arrays.stream(counts[human.ordinal()]).sum();
    }

    /** The column total: how many chats the engine judged {@code automatic}. */
    public int automaticCount(C automatic) {
        int sum = 0;
        for (int[] row : counts) {
            sum += row[automatic.ordinal()];
        }
        return sum;
    }

    public int total() {
        return total;
    }

    /** The diagonal: chats on which the person and the engine gave the same verdict. */
    public int agreed() {
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += counts[i][i];
        }
        return sum;
    }

    /** The classes that occur on either side, in their declared order: the rows and columns worth showing. */
    public Set<C> classesInUse() {
        Set<C> used = EnumSet.noneOf(classes);
        for (C value : classes.getEnumConstants()) {
            if (humanCount(value) > 0 || automaticCount(value) > 0) {
                used.add(value);
            }
        }
        return used;
    }

    /** The classes the person used: kappa needs at least two of them. */
    public Set<C> humanClasses() {
        Set<C> used = EnumSet.noneOf(classes);
        for (C value : classes.getEnumConstants()) {
            if (humanCount(value) > 0) {
                used.add(value);
            }
        }
        return used;
    }

    /**
     * Cohen's kappa: how far the agreement goes beyond what two raters with these verdict shares would reach by
     * chance, {@code (po - pe) / (1 - pe)} with {@code po} the observed agreement and {@code pe = Σ (row share x
     * column share)}. Computed on the counts, {@code (n·agreed - Σ row·column) / (n² - Σ row·column)}, so no
     * rounding creeps in. 1 is perfect, 0 no better than chance, below 0 worse.
     *
     * <p>Empty (undefined) when the person used fewer than two classes: with nothing to tell apart, chance
     * agreement equals the engine's share of that one class and kappa is 0 or below whatever the agreement
     * (0/0 when everything agrees). The agreement alone speaks for such a criterion. With two or more human
     * classes the denominator is always positive.
     */
    public OptionalDouble kappa() {
        if (humanClasses().size() < 2) {
            return OptionalDouble.empty();
        }
        long n = total;
        long chance = 0;
        for (C value : classes.getEnumConstants()) {
            chance += (long) humanCount(value) * automaticCount(value);
        }
        return OptionalDouble.of((double) (n * agreed() - chance) / (n * n - chance));
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + Arrays.deepToString(counts);
    }
}
