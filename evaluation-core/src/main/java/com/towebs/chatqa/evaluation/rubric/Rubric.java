package com.towebs.chatqa.evaluation.rubric;

import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.cues.InvalidCueSetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned rubric: which criteria apply, how each counts, the thresholds they judge by, and the cue set its
 * criteria read chats with. Rubrics are data (a folder of {@code rubric.json} and cue files, see {@link
 * RubricLoader}); the built-in one is ToWebs' {@code towebs-2026.2}.
 */
public final class Rubric {

    /** The built-in version's folder on the class path: {@code rubric.json} and its cue files under {@code cues/}. */
    public static final String STANDARD_FOLDER = "/rubric/towebs-2026.2";

    public static final String STANDARD_RESOURCE = STANDARD_FOLDER + "/" + RubricLoader.RUBRIC_FILE;

    /**
     * Earlier built-in versions still shipped, so that evaluations made with them can be scored again (an override
     * recomputes the score under the evaluation's rubric). They read chats with the current built-in cues.
     */
    private static final Map<String, String> EARLIER_VERSIONS = Map.of("towebs-2026.1", "/rubric/towebs-2026.1.json");

    private final String version;
    private final String title;
    private final Map<CriterionId, CriterionRule> rules;
    private final List<CriterionRule> orderedRules;
    private final Thresholds thresholds;
    private final ScoringPolicy scoring;
    private final CueSet cues;

    /** A rubric that reads chats with the built-in version's cues. */
    public Rubric(
            String version, String title, List<CriterionRule> rules, Thresholds thresholds, ScoringPolicy scoring) {
        this(version, title, rules, thresholds, scoring, StandardCues.CUES);
    }

    /** A rubric version with its own cue set: the phrases its criteria and customer types listen for. */
    public Rubric(
            String version,
            String title,
            List<CriterionRule> rules,
            Thresholds thresholds,
            ScoringPolicy scoring,
            CueSet cues) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a rubric needs a version");
        }
        this.version = version;
        this.title = title == null ? version : title;
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.cues = Objects.requireNonNull(cues, "cues");
        Map<CriterionId, CriterionRule> byId = new LinkedHashMap<>();
        for (CriterionRule rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("criterion " + rule.id() + " appears twice in rubric " + version);
            }
        }
        this.rules = Map.copyOf(byId);
        this.orderedRules = List.copyOf(byId.values());
    }

    /** ToWebs' current rubric, shipped with the engine. */
    public static Rubric standard() {
        return Standard.RUBRIC;
    }

    /** The built-in version's cues, also read by rubric files that carry none. */
    static CueSet standardCues() {
        return StandardCues.CUES;
    }

    /** A version shipped with the engine: the built-in one, or an earlier built-in one; empty for any other. */
    public static Optional<Rubric> shipped(String version) {
        if (standard().version().equals(version)) {
            return Optional.of(standard());
        }
        String resource = EARLIER_VERSIONS.get(version);
        return resource == null ? Optional.empty() : Optional.of(fromClasspath(resource));
    }

    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    /** The criteria this rubric applies, in the order they are reported. */
    public List<CriterionRule> rules() {
        return orderedRules;
    }

    public Optional<CriterionRule> rule(CriterionId id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public ScoringPolicy scoring() {
        return scoring;
    }

    /** The phrases this version's criteria and customer types listen for. */
    public CueSet cues() {
        return cues;
    }

    /** The same rubric without one criterion: for grading without it (e.g. bulk runs without spelling). */
    public Rubric without(CriterionId id) {
        return new Rubric(
                version, title, orderedRules.stream().filter(r -> r.id() != id).toList(), thresholds, scoring, cues);
    }

    @Override
    public String toString() {
        return "Rubric[" + version + ", " + orderedRules.size() + " criteria]";
    }

    /** The built-in version's cues, loaded on first use only. */
    private static final class StandardCues {
        static final CueSet CUES = load();

        private static CueSet load() {
            try {
                return CueSet.fromClasspath(STANDARD_FOLDER);
            } catch (InvalidCueSetException e) {
                throw new IllegalStateException("the built-in cue set is invalid:\n" + e.getMessage(), e);
            }
        }
    }

    /** Loaded on first use only. */
    private static final class Standard {
        static final Rubric RUBRIC = fromClasspath(STANDARD_RESOURCE);
    }

    /** A rubric file shipped on the class path, read with the built-in cues. */
    private static Rubric fromClasspath(String resource) {
        try (var in = Rubric.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new RubricLoader().load(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RubricLoader.InvalidRubricException e) {
            throw new IllegalStateException("the built-in rubric is invalid: " + e.getMessage(), e);
        }
    }
}
