package com.towebs.chatqa.evaluation.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every cue's required factors in one Aho-Corasick automaton, so that a text is scanned once for all of
 * them instead of once per cue. The factors found in a text are remembered per thread for the last texts
 * seen (criteria ask many cues about the same message in a row). Cues register their factors as their
 * classes load; the automaton is rebuilt on the first scan after new ones arrive, which happens only while
 * warming up.
 * Only ASCII factors are indexed: the normalised text the cues read is ASCII but for punctuation.
 */
final class FactorIndex {

    private static final int ALPHABET = 128;
    /** Enough for the texts and sentences of a few chats, so that repeated phrases keep their scan. */
    private static final int CACHE_SLOTS = 1024;

    private static final Map<String, Integer> IDS = new HashMap<>();
    private static volatile Automaton automaton = Automaton.build(List.of());
    /** Factors were registered since {@link #automaton} was built. */
    private static volatile boolean stale;

    private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

    private FactorIndex() {}

    /** Whether every factor can be indexed (ASCII only). */
    static boolean indexable(Set<String> factors) {
        return factors.stream().allMatch(f -> f.chars().allMatch(c -> c < ALPHABET));
    }

    /** The ids of {@code factors}, registering the new ones. */
    static synchronized int[] register(Set<String> factors) {
        int[] ids = new int[factors.size()];
        int i = 0;
        boolean added = false;
        for (String factor : factors) {
            Integer id = IDS.get(factor);
            if (id == null) {
                id = IDS.size();
                IDS.put(factor, id);
                added = true;
            }
            ids[i++] = id;
        }
        if (added) {
            stale = true;
        }
        return ids;
    }

    /**
     * The automaton over every factor registered so far. Built on first use after registrations rather than
     * on each one: the cue classes register a few hundred sets while loading, and rebuilding for each cost
     * seconds of start-up.
     */
    private static Automaton current() {
        if (stale) {
            synchronized (FactorIndex.class) {
                if (stale) {
                    String[] byId = new String[IDS.size()];
                    IDS.forEach((factor, id) -> byId[id] = factor);
                    automaton = Automaton.build(Arrays.asList(byId));
                    stale = false;
                }
            }
        }
        return automaton;
    }

    /** Whether {@code text} contains at least one of the factors with these ids. */
    static boolean containsAny(CharSequence text, int[] ids) {
        long[] found = CACHE.get().factorsIn(text, current());
        for (int id : ids) {
            if (id >= found.length * 64 || (found[id >>> 6] & (1L << id)) != 0) {
                return true; // a factor newer than the scan: be safe and let the expression decide
            }
        }
        return false;
    }

    /** A small direct-mapped cache from text (by identity) to the factors found in it. */
    private static final class Cache {
        private final CharSequence[] texts = new CharSequence[CACHE_SLOTS];
        private final Automaton[] scannedWith = new Automaton[CACHE_SLOTS];
        private final long[][] found = new long[CACHE_SLOTS][];

        long[] factorsIn(CharSequence text, Automaton current) {
            int slot = System.identityHashCode(text) & (CACHE_SLOTS - 1);
            if (texts[slot] == text && scannedWith[slot] == current) {
                return found[slot];
            }
            long[] result = current.scan(text);
            texts[slot] = text;
            scannedWith[slot] = current;
            found[slot] = result;
            return result;
        }
    }

    /** A deterministic Aho-Corasick automaton over ASCII: one table lookup per character. */
    private static final class Automaton {
        /** Transitions in one table, {@code next[state * ALPHABET + c]}: one array read per character. */
        private final int[] next;

        private final int[][] output;
        /** Whether a state ends any factor: most do not, and the scan skips their empty output. */
        private final boolean[] emits;

        private final int words;

        private Automaton(int[][] next, int[][] output, int words) {
            this.next = new int[next.length * ALPHABET];
            for (int s = 0; s < next.length; s++) {
                System.arraycopy(next[s], 0, this.next, s * ALPHABET, ALPHABET);
            }
            this.output = output;
            this.emits = new boolean[output.length];
            for (int s = 0; s < output.length; s++) {
                emits[s] = output[s].length > 0;
            }
            this.words = words;
        }

        static Automaton build(List<String> factors) {
            List<int[]> goTo = new ArrayList<>();
            List<List<Integer>> out = new ArrayList<>();
            goTo.add(newState());
            out.add(new ArrayList<>());
            for (int id = 0; id < factors.size(); id++) {
                int state = 0;
                for (char c : factors.get(id).toCharArray()) {
                    if (goTo.get(state)[c] < 0) {
                        goTo.get(state)[c] = goTo.size();
                        goTo.add(newState());
                        out.add(new ArrayList<>());
                    }
                    state = goTo.get(state)[c];
                }
                out.get(state).add(id);
            }
            int[] fail = new int[goTo.size()];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int c = 0; c < ALPHABET; c++) {
                int child = goTo.get(0)[c];
                if (child < 0) {
                    goTo.get(0)[c] = 0;
                } else {
                    fail[child] = 0;
                    queue.add(child);
                }
            }
            while (!queue.isEmpty()) {
                int state = queue.poll();
                out.get(state).addAll(out.get(fail[state]));
                for (int c = 0; c < ALPHABET; c++) {
                    int child = goTo.get(state)[c];
                    if (child < 0) {
                        goTo.get(state)[c] = goTo.get(fail[state])[c];
                    } else {
                        fail[child] = goTo.get(fail[state])[c];
                        queue.add(child);
                    }
                }
            }
            int[][] output = new int[out.size()][];
            for (int s = 0; s < out.size(); s++) {
                output[s] = out.get(s).stream()
                        .mapToInt(Integer::intValue)
                        .distinct()
                        .toArray();
            }
            return new Automaton(goTo.toArray(new int[0][]), output, factors.size());
        }

        private static int[] newState() {
            int[] state = new int[ALPHABET];
            Arrays.fill(state, -1);
            return state;
        }

        long[] scan(CharSequence text) {
            long[] found = new long[(words + 63) >>> 6];
            int state = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c >= ALPHABET) {
                    state = 0; // no factor holds this character
                    continue;
                }
                state = next[state * ALPHABET + c];
                if (emits[state]) {
                    for (int id : output[state]) {
                        found[id >>> 6] |= 1L << id;
                    }
                }
            }
            return found;
        }
    }
}
