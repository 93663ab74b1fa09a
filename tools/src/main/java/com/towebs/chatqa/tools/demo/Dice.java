package com.towebs.chatqa.tools.demo;

import java.util.List;
import java.util.Random;

/**
 * The demo's source of chance: a {@link Random} (whose sequence the Java specification fixes, so a seed gives the
 * same chats on any JVM) seeded through a SplitMix64 finaliser, so neighbouring keys (chat 41 and chat 42 of a
 * month) get unrelated sequences.
 */
final class Dice {

    private final Random random;

    private Dice(long seed) {
        this.random = new Random(seed);
    }

    /** Dice for one thing of the demo, named by the run's seed and the thing's own keys. */
    static Dice of(long seed, long... keys) {
        long mixed = mix(seed);
        for (long key : keys) {
            mixed = mix(mixed ^ key);
        }
        return new Dice(mixed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    final <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
