package com.towebs.chatqa.evaluation.cues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a rubric version: every phrase and pattern the criteria and the customer types listen for, as
 * cue files a QA analyst edits ({@code cues/criteria/courtesy.yaml}, {@code cues/customers/angry.yaml},
 * {@code cues/shared.yaml}; format in the README, "Rubrics are data"). The Java criteria keep the structure (who
 * speaks, order, timing, negation, questions) and ask the cue set for the words, by file and group.
 *
 * <p>Immutable and thread-safe. Its cues are compiled once; the file texts are kept as read, so that writing a
 * rubric version back gives the same files.
 */
public final class CueSet {

    /** The cue files every cue set has, by name ("criteria/courtesy" is {@code cues/criteria/courtesy.yaml}). */
    public static final List<String> FILES = List.of(
            "shared",
            "criteria/greeting",
            "criteria/paraphrase",
            "criteria/hold-notice",
            "criteria/hold-follow-up",
            "criteria/explanation",
            "criteria/ticket",
            "criteria/further-help",
            "criteria/diagnosis",
            "criteria/customer-appreciation",
            "criteria/courtesy",
            "criteria/empathy",
            "criteria/plain-language",
            "customers/angry",
            "customers/rude",
            "customers/talkative",
            "customers/knowledgeable",
            "customers/inexperienced");

    private static final Pattern FILE_PATH = Pattern.compile("cues/(.+)\\.yaml");

    private final Map<String, String> texts;
    private final Map<String, Map<String, List<Cue>>> groups;
    private final Map<String, Map<String, Integer>> settings;
    private final Map<String, List<String>> lists;

    CueSet(
            Map<String, String> texts,
            Map<String, Map<String, List<Cue>>> groups,
            Map<String, Map<String, Integer>> settings,
            Map<String, List<String>> lists) {
        this.texts = texts;
        this.groups = groups;
        this.settings = settings;
        this.lists = lists;
    }

    /** The path of a cue file in a rubric version, as "cues/criteria/courtesy.yaml". */
    public static String path(String file) {
        return "cues/" + file + ".yaml";
    }

    /** The file name of a path, as "criteria/courtesy" for "cues/criteria/courtesy.yaml"; empty if not a cue file. */
    public static Optional<String> fileOf(String path) {
        Matcher matcher = FILE_PATH.matcher(path.replace('\\', '/'));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Reads a cue set from its files' texts, by path ("cues/criteria/courtesy.yaml"), and checks it whole: every
     * file there, each well formed, every pattern valid, every list it names defined, and every cue matching its
     * examples and none of its near misses.
     *
     * @throws InvalidCueSetException with every problem found, each with its file and line
     */
    public static CueSet parse(Map<String, String> filesByPath) throws InvalidCueSetException {
        CueSet cues = new CueSetParser(filesByPath).parse();
        List<String> failing = cues.exampleFailures();
        if (!failing.isEmpty()) {
            throw new InvalidCueSetException(failing);
        }
        return cues;
    }

    /**
     * Reads the cue files of a rubric version shipped on the class path, under {@code folder} (as
     * "/rubric/towebs-2026.2"). Their examples are not run here, on every start-up: the build runs them
     * ({@code CueExamplesTest}, through {@link #exampleFailures}) before the files are shipped.
     *
     * @throws InvalidCueSetException if a file is missing or the set is not well formed
     */
    public static CueSet fromClasspath(String folder) throws InvalidCueSetException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : FILES) {
            try (var in = CueSet.class.getResourceAsStream(folder + "/" + path(file))) {
                if (in != null) {
                    texts.put(path(file), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new CueSetParser(texts).parse();
    }

    /** The texts of the cue files, by path, as read: what a rubric version stores. */
    public Map<String, String> texts() {
        return texts;
    }

    /** The cues of a group of a file, in file order. */
    public List<Cue> cues(String file, String group) {
        Map<String, List<Cue>> byGroup = groups.get(file);
        List<Cue> found = byGroup == null ? null : byGroup.get(group);
        if (found == null) {
            throw new IllegalArgumentException("no group " + group + " in " + path(file));
        }
        return found;
    }

    /** The patterns of a group's cues, in file order. */
    public List<com.towebs.chatqa.evaluation.language.TextPattern> patterns(String file, String group) {
        return cues(file, group).stream().map(Cue::pattern).toList();
    }

    /** The pattern of a group that has one cue. */
    public com.towebs.chatqa.evaluation.language.TextPattern pattern(String file, String group) {
        List<Cue> found = cues(file, group);
        if (found.size() != 1) {
            throw new IllegalArgumentException(
                    "group " + group + " of " + path(file) + " must have one cue, has " + found.size());
        }
        return found.get(0).pattern();
    }

    /** The words of a list (lists are named across the whole set). */
    public Set<String> words(String list) {
        List<String> words = lists.get(list);
        if (words == null) {
            throw new IllegalArgumentException("no word list " + list);
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(words));
    }

    /** A number a file sets for its criterion or type (a threshold, a length). */
    public int setting(String file, String name) {
        Integer value = settings.getOrDefault(file, Map.of()).get(name);
        if (value == null) {
            throw new IllegalArgumentException("no setting " + name + " in " + path(file));
        }
        return value;
    }

    /** Every cue of the set, file by file, group by group. */
    public List<Cue> all() {
        List<Cue> all = new ArrayList<>();
        groups.values().forEach(byGroup -> byGroup.values().forEach(all::addAll));
        return all;
    }

    /**
     * Every example a cue misses and every near miss it fires on, as "cues/criteria/courtesy.yaml:42: ...", read
     * through the same matcher the engine uses ({@link Cue#matches}).
     */
    public List<String> exampleFailures() {
        List<String> failures = new ArrayList<>();
        for (Cue cue : all()) {
            for (Cue.Example example : cue.examples()) {
                if (!cue.matches(example.text())) {
                    failures.add(cue.file() + ":" + example.line() + ": cue " + cue.id() + " misses its example \""
                            + example.text() + "\"");
                }
            }
            for (Cue.Example nearMiss : cue.nearMisses()) {
                if (cue.matches(nearMiss.text())) {
                    failures.add(cue.file() + ":" + nearMiss.line() + ": cue " + cue.id() + " fires on its near miss \""
                            + nearMiss.text() + "\"");
                }
            }
        }
        return failures;
    }

    static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
