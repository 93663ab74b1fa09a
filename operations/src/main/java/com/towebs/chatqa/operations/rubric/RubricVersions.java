package com.towebs.chatqa.operations.rubric;

import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.RubricLoader;
import com.towebs.chatqa.evaluation.rubric.RubricWriter;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.infrastructure.persistence.Transactions;
import com.towebs.chatqa.operations.model.StoredRubricVersion;
import com.towebs.chatqa.operations.repository.RubricVersionRepository;
import com.towebs.chatqa.operations.rubric.RubricCatalog.RubricVersionView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The rubric versions behind {@link RubricCatalog}, without the container: the built-in rubric (the configured file
 * or the standard one) and the versions QA admins stored. At most one stored version is active; when none is, the
 * built-in rubric is. Stored versions never change, so each is parsed once.
 */
public final class RubricVersions {

    /** Letters, digits and {@code . _ -}, as in {@code towebs-2026.2}. */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    static final int MAX_TITLE = 500;

    private final Transactions transactions;
    private final Rubric builtIn;
    private final Clock clock;
    private final Map<String, Rubric> parsed = new ConcurrentHashMap<>();

    /** @param builtIn the rubric in force while no stored version is active (configured file or the standard one) */
    public RubricVersions(Transactions transactions, Rubric builtIn, Clock clock) {
        this.transactions = transactions;
        this.builtIn = builtIn;
        this.clock = clock;
    }

    public Rubric builtIn() {
        return builtIn;
    }

    /** The active stored version, else the built-in rubric. */
    public Rubric active() {
        return transactions.inTransaction(
                em -> new RubricVersionRepository(em).active().map(this::rubric).orElse(builtIn));
    }

    /** A stored version, or the built-in (or standard) rubric if {@code version} is theirs. */
    public Optional<Rubric> byVersion(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Rubric cached = parsed.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredRubricVersion> stored =
                transactions.inTransaction(em -> new RubricVersionRepository(em).find(version));
        if (stored.isPresent()) {
            return stored.map(this::rubric);
        }
        if (builtIn.version().equals(version)) {
            return Optional.of(builtIn);
        }
        return Rubric.shipped(version); // the engine's built-in version, or an earlier one evaluations were made with
    }

    /** The built-in rubric first, then the stored versions oldest first (QA admins only). */
    public List<RubricVersionView> versions(Viewer viewer) {
        viewer.requireRole(Role.QA_ADMIN);
        return transactions.inTransaction(em -> {
            List<StoredRubricVersion> stored = new RubricVersionRepository(em).oldestFirst();
            List<RubricVersionView> views = new ArrayList<>();
            boolean storedActive = stored.stream().anyMatch(StoredRubricVersion::isActive);
            if (stored.stream().noneMatch(r -> r.getVersion().equals(builtIn.version()))) {
                views.add(new RubricVersionView(builtIn.version(), builtIn.title(), null, null, null, !storedActive));
            }
            stored.forEach(r -> views.add(view(r)));
            return views;
        });
    }

    /**
     * Stores {@code rubric} as a new version derived from {@code basedOn} and makes it the only active one.
     *
     * @throws IllegalArgumentException if the version is malformed or taken, the title too long, or {@code basedOn}
     *                                  names no known version
     */
    public RubricVersionView create(Viewer viewer, Rubric rubric, String basedOn) {
        viewer.requireRole(Role.QA_ADMIN);
        if (rubric == null) {
            throw new InvalidRubricRequest("no rubric given");
        }
        String version = rubric.version();
        if (!VERSION.matcher(version).matches()) {
            throw new InvalidRubricRequest(
                    "the version \"" + version + "\" must be 1 to 64 letters, digits, dots, dashes or underscores");
        }
        if (rubric.title().length() > MAX_TITLE) {
            throw new InvalidRubricRequest("the title is longer than " + MAX_TITLE + " characters");
        }
        if (rubric.rules().isEmpty()) {
            throw new InvalidRubricRequest("a rubric needs at least one criterion");
        }
        if (version.equals(builtIn.version())
                || version.equals(Rubric.standard().version())) {
            throw new InvalidRubricRequest("the version " + version + " is the built-in rubric's");
        }
        String definition = new RubricWriter().toJson(rubric);
        parse(version, definition); // what is stored must load back
        return transactions.inTransaction(em -> {
            RubricVersionRepository versions = new RubricVersionRepository(em);
            if (versions.find(version).isPresent()) {
                throw new InvalidRubricRequest("the version " + version + " exists already");
            }
            if (basedOn != null && !basedOn.isBlank() && !known(versions, basedOn)) {
                throw new InvalidRubricRequest("the version " + basedOn + " it is based on does not exist");
            }
            StoredRubricVersion stored = new StoredRubricVersion(
                    version,
                    rubric.title(),
                    basedOn == null || basedOn.isBlank() ? null : basedOn,
                    definition,
                    viewer.username(),
                    clock.instant());
            versions.activateOnly(stored);
            versions.add(stored);
            return view(stored);
        });
    }

    /** Makes {@code version} the active one; the built-in version deactivates every stored one. */
    public void activate(Viewer viewer, String version) {
        viewer.requireRole(Role.QA_ADMIN);
        transactions.inTransaction(em -> {
            RubricVersionRepository versions = new RubricVersionRepository(em);
            StoredRubricVersion stored =
                    version == null ? null : versions.find(version).orElse(null);
            if (stored == null && !builtIn.version().equals(version)) {
                throw new InvalidRubricRequest("no rubric version " + version);
            }
            versions.activateOnly(stored);
            return null;
        });
    }

    private boolean known(RubricVersionRepository versions, String version) {
        return version.equals(builtIn.version())
                || version.equals(Rubric.standard().version())
                || versions.find(version).isPresent();
    }

    private Rubric rubric(StoredRubricVersion stored) {
        return parsed.computeIfAbsent(stored.getVersion(), version -> parse(version, stored.getDefinition()));
    }

    private static Rubric parse(String version, String definition) {
        try {
            return new RubricLoader()
                    .load(
                            new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)),
                            "rubric version " + version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RubricLoader.InvalidRubricException e) {
            throw new InvalidRubricRequest(e.getMessage(), e);
        }
    }

    private static RubricVersionView view(StoredRubricVersion r) {
        return new RubricVersionView(
                r.getVersion(), r.getTitle(), r.getBasedOn(), r.getCreatedBy(), r.getCreatedAt(), r.isActive());
    }
}
