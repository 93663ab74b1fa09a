package com.towebs.chatqa.evaluation.cues;

import com.towebs.chatqa.evaluation.cues.YamlTree.Mapping;
import com.towebs.chatqa.evaluation.cues.YamlTree.Node;
import com.towebs.chatqa.evaluation.cues.YamlTree.Scalar;
import com.towebs.chatqa.evaluation.cues.YamlTree.Sequence;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads cue files into a {@link CueSet}, collecting every problem with its file and line rather than stopping at
 * the first: a QA analyst fixing a file sees all that is wrong with it at once.
 */
final class CueSetParser {

    private static final Set<String> FILE_KEYS =
            Set.of("criterion", "customerType", "about", "settings", "lists", "groups");
    private static final Set<String> LIST_KEYS = Set.of("reason", "words", "pattern");
    private static final Set<String> GROUP_KEYS = Set.of("about", "cues");
    private static final Set<String> CUE_KEYS = Set.of(
            "id",
            "reason",
            "pattern",
            "anyOf",
            "phrases",
            "weight",
            "test",
            "text",
            "ignoreCase",
            "examples",
            "nearMisses");
    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9-]*)}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    /** A list as written: its words (alternatives) or its pattern, where it is defined. */
    private record ListDefinition(String file, int line, List<String> words, String pattern) {}

    private final Map<String, String> filesByPath;
    private final boolean requireExamples;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, ListDefinition> lists = new LinkedHashMap<>();
    private final Map<String, String> expanded = new LinkedHashMap<>();

    CueSetParser(Map<String, String> filesByPath) {
        this(filesByPath, true);
    }

    /** @param requireExamples false only for tools that write the examples of a cue set being drafted */
    CueSetParser(Map<String, String> filesByPath, boolean requireExamples) {
        this.filesByPath = filesByPath;
        this.requireExamples = requireExamples;
    }

    CueSet parse() throws InvalidCueSetException {
        Map<String, Mapping> roots = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>(filesByPath.keySet());
        for (String file : CueSet.FILES) {
            String path = CueSet.path(file);
            unknown.remove(path);
            String text = filesByPath.get(path);
            if (text == null) {
                problems.add(
                        path + ": missing (a cue set has one file per criterion and customer type, and shared.yaml)");
                continue;
            }
            try {
                Node root = YamlTree.parse(text);
                if (root instanceof Mapping mapping) {
                    roots.put(file, mapping);
                } else {
                    problems.add(path + ":" + root.line() + ": a cue file is a mapping (about, lists, groups)");
                }
            } catch (IllegalArgumentException e) {
                problems.add(path + ": " + e.getMessage());
            }
        }
        unknown.stream()
                .filter(path -> path.startsWith("cues/"))
                .forEach(path -> problems.add(path + ": not a cue file of this version (the files are "
                        + String.join(", ", CueSet.FILES) + ")"));
        roots.forEach(this::readLists);
        Map<String, Map<String, List<Cue>>> groups = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> settings = new LinkedHashMap<>();
        roots.forEach((file, root) -> {
            checkKeys(file, root, FILE_KEYS, "a cue file");
            groups.put(file, readGroups(file, root));
            settings.put(file, readSettings(file, root));
        });
        if (!problems.isEmpty()) {
            throw new InvalidCueSetException(problems);
        }
        Map<String, List<String>> words = new LinkedHashMap<>();
        lists.forEach((name, list) -> {
            if (list.words() != null) {
                words.put(name, List.copyOf(list.words()));
            }
        });
        Map<String, String> texts = new LinkedHashMap<>();
        CueSet.FILES.forEach(file -> texts.put(CueSet.path(file), filesByPath.get(CueSet.path(file))));
        return new CueSet(CueSet.frozen(texts), CueSet.frozen(groups), CueSet.frozen(settings), CueSet.frozen(words));
    }

    private void readLists(String file, Mapping root) {
        Node node = root.entries().get("lists");
        if (node == null) {
            return;
        }
        if (!(node instanceof Mapping mapping)) {
            problem(file, node, "lists is a mapping of list names");
            return;
        }
        mapping.entries().forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                problem(file, value, "list name \"" + name + "\": lower-case letters, digits and dashes");
            }
            if (!(value instanceof Mapping list)) {
                problem(file, value, "list " + name + " needs a reason and its words (or a pattern)");
                return;
            }
            checkKeys(file, list, LIST_KEYS, "list " + name);
            requiredText(file, list, "reason", "list " + name);
            List<String> words = list.entries().containsKey("words")
                    ? texts(file, list.entries().get("words"))
                    : null;
            String pattern = list.entries().get("pattern") instanceof Scalar s ? s.value() : null;
            if ((words == null) == (pattern == null)) {
                problem(file, list, "list " + name + " needs either words or a pattern");
                return;
            }
            ListDefinition earlier = lists.put(name, new ListDefinition(file, list.line(), words, pattern));
            if (earlier != null) {
                problem(
                        file,
                        list,
                        "list " + name + " is already defined in " + CueSet.path(earlier.file()) + ":" + earlier.line()
                                + " (one list, referenced where needed)");
            }
        });
    }

    private Map<String, List<Cue>> readGroups(String file, Mapping root) {
        Map<String, List<Cue>> groups = new LinkedHashMap<>();
        Node node = root.entries().get("groups");
        if (!(node instanceof Mapping mapping)) {
            problem(file, node == null ? root : node, "groups is required: a mapping of group names to their cues");
            return groups;
        }
        mapping.entries().forEach((name, value) -> {
            if (!(value instanceof Mapping group)) {
                problem(file, value, "group " + name + " needs its cues");
                return;
            }
            checkKeys(file, group, GROUP_KEYS, "group " + name);
            if (!(group.entries().get("cues") instanceof Sequence cues)
                    || cues.items().isEmpty()) {
                problem(file, group, "group " + name + " needs a list of cues");
                return;
            }
            List<Cue> read = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Node item : cues.items()) {
                Cue cue = readCue(file, name, item);
                if (cue != null && !ids.add(cue.id())) {
                    problem(file, item, "cue id " + cue.id() + " appears twice in group " + name);
                } else if (cue != null) {
                    read.add(cue);
                }
            }
            groups.put(name, List.copyOf(read));
        });
        return groups;
    }

    private Cue readCue(String file, String group, Node node) {
        if (!(node instanceof Mapping cue)) {
            problem(file, node, "a cue is a mapping (id, reason, pattern or phrases, examples, nearMisses)");
            return null;
        }
        checkKeys(file, cue, CUE_KEYS, "a cue");
        String id = requiredText(file, cue, "id", "a cue");
        String what = "cue " + id;
        String reason = requiredText(file, cue, "reason", what);
        List<String> alternatives = new ArrayList<>();
        Node pattern = cue.entries().get("pattern");
        if (pattern != null) {
            // a pattern may be written as a list of its alternatives, one a line
            alternatives.add(String.join("|", texts(file, pattern)));
        }
        Node anyOf = cue.entries().get("anyOf");
        if (anyOf != null) {
            // whole words or expressions, one a line: the same as \b(?:a|b|...)\b written on one line
            alternatives.add("\\b(?:" + String.join("|", texts(file, anyOf)) + ")\\b");
        }
        Node phrases = cue.entries().get("phrases");
        if (phrases != null) {
            for (String phrase : texts(file, phrases)) {
                try {
                    alternatives.add(
                            Phrases.regex(phrase, reference -> "(?:" + expand(file, phrases, reference) + ")"));
                } catch (IllegalArgumentException e) {
                    problem(file, phrases, what + ": " + e.getMessage());
                }
            }
        }
        if (alternatives.isEmpty()) {
            problem(file, cue, what + " needs a pattern, anyOf or phrases");
            return null;
        }
        String regex = expand(file, cue, String.join("|", alternatives));
        int flags = bool(file, cue, "ignoreCase") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        TextPattern compiled;
        try {
            compiled = TextPattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            problem(
                    file,
                    pattern != null ? pattern : cue,
                    what + ": invalid pattern: " + e.getDescription() + " near position " + e.getIndex());
            return null;
        }
        List<Cue.Example> examples = examples(file, cue, "examples", what);
        List<Cue.Example> nearMisses = examples(file, cue, "nearMisses", what);
        return new Cue(
                CueSet.path(file),
                group,
                id,
                cue.line(),
                reason,
                regex,
                compiled,
                integer(file, cue, "weight", 1),
                use(file, cue, what),
                "original".equals(optionalText(cue, "text", "normalized")),
                examples,
                nearMisses);
    }

    /** Expands every {list} in {@code regex}: words as an alternation, patterns as written. */
    private String expand(String file, Node where, String regex) {
        Matcher reference = REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String expansion = listExpression(file, where, name, new HashSet<>());
            reference.appendReplacement(
                    out, Matcher.quoteReplacement(expansion == null ? reference.group() : expansion));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private String listExpression(String file, Node where, String name, Set<String> expanding) {
        String known = expanded.get(name);
        if (known != null) {
            return known;
        }
        ListDefinition list = lists.get(name);
        if (list == null) {
            problem(file, where, "no list named " + name + " (lists are defined under lists: in any cue file)");
            return null;
        }
        if (!expanding.add(name)) {
            problem(file, where, "list " + name + " refers to itself");
            return null;
        }
        String raw = list.words() != null ? "(?:" + String.join("|", list.words()) + ")" : list.pattern();
        Matcher reference = REFERENCE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String inner = listExpression(list.file(), where, reference.group(1), expanding);
            reference.appendReplacement(out, Matcher.quoteReplacement(inner == null ? reference.group() : inner));
        }
        reference.appendTail(out);
        expanding.remove(name);
        expanded.put(name, out.toString());
        return out.toString();
    }

    private Cue.Use use(String file, Mapping cue, String what) {
        String value = optionalText(cue, "test", "find");
        try {
            return Cue.Use.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(file, cue.entries().get("test"), what + ": test is find, before or after, was " + value);
            return Cue.Use.FIND;
        }
    }

    private List<Cue.Example> examples(String file, Mapping cue, String field, String what) {
        Node node = cue.entries().get(field);
        List<Cue.Example> examples = new ArrayList<>();
        if (node instanceof Sequence sequence) {
            for (Node item : sequence.items()) {
                if (item instanceof Scalar scalar && !scalar.value().isBlank()) {
                    examples.add(new Cue.Example(scalar.value(), scalar.line()));
                } else {
                    problem(file, item, what + ": each of " + field + " is a line of chat text");
                }
            }
        } else if (node != null) {
            problem(file, node, what + ": " + field + " is a list of chat lines");
        }
        if (requireExamples && examples.isEmpty()) {
            problem(file, node == null ? cue : node, what + " needs " + field + " (at least one)");
        }
        return examples;
    }

    private Map<String, Integer> readSettings(String file, Mapping root) {
        Map<String, Integer> settings = new LinkedHashMap<>();
        Node node = root.entries().get("settings");
        if (node instanceof Mapping mapping) {
            mapping.entries().forEach((name, value) -> {
                try {
                    settings.put(name, Integer.parseInt(((Scalar) value).value().strip()));
                } catch (RuntimeException e) {
                    problem(file, value, "setting " + name + " must be a whole number");
                }
            });
        } else if (node != null) {
            problem(file, node, "settings is a mapping of names to whole numbers");
        }
        return settings;
    }

    private List<String> texts(String file, Node node) {
        if (node instanceof Scalar scalar) {
            return List.of(scalar.value());
        }
        List<String> texts = new ArrayList<>();
        if (node instanceof Sequence sequence) {
            for (Node item : sequence.items()) {
                if (item instanceof Scalar scalar) {
                    texts.add(scalar.value());
                } else {
                    problem(file, item, "expected text here");
                }
            }
        } else {
            problem(file, node, "expected text or a list of texts here");
        }
        return texts;
    }

    private String requiredText(String file, Mapping owner, String field, String what) {
        Node node = owner.entries().get(field);
        if (node instanceof Scalar scalar && !scalar.value().isBlank()) {
            return scalar.value();
        }
        problem(file, node == null ? owner : node, what + " needs " + field);
        return "?";
    }

    private static String optionalText(Mapping owner, String field, String fallback) {
        return owner.entries().get(field) instanceof Scalar scalar
                ? scalar.value().strip()
                : fallback;
    }

    private int integer(String file, Mapping owner, String field, int fallback) {
        Node node = owner.entries().get(field);
        if (node == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(((Scalar) node).value().strip());
        } catch (RuntimeException e) {
            problem(file, node, field + " must be a whole number");
            return fallback;
        }
    }

    private boolean bool(String file, Mapping owner, String field) {
        Node node = owner.entries().get(field);
        if (node == null) {
            return false;
        }
        if (node instanceof Scalar scalar
                && (scalar.value().equals("true") || scalar.value().equals("false"))) {
            return scalar.value().equals("true");
        }
        problem(file, node, field + " is true or false");
        return false;
    }

    private void checkKeys(String file, Mapping mapping, Set<String> allowed, String what) {
        mapping.entries().forEach((key, value) -> {
            if (!allowed.contains(key)) {
                problem(
                        file,
                        value,
                        what + ": unknown field \"" + key + "\" (expected one of " + new TreeSet<>(allowed) + ")");
            }
        });
    }

    private void problem(String file, Node node, String message) {
        problems.add(CueSet.path(file) + ":" + (node == null ? 1 : node.line()) + ": " + message);
    }
}
