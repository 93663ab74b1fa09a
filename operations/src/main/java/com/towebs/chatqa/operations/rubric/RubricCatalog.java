package com.towebs.chatqa.operations.rubric;

import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.operations.access.Viewer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rubric versions: the built-in one and those QA admins derived from it (weights, kinds, thresholds), stored
 * in the database. One version is active: new gradings use it. The logic is {@link RubricVersions}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // RubricVersions runs its own transactions
public class RubricCatalog {

    /** A stored version as the admin page lists it (the built-in one has no basedOn, createdBy or createdAt). */
    public record RubricVersionView(
            String version, String title, String basedOn, String createdBy, Instant createdAt, boolean active) {}

    @Inject
    RubricVersions versions;

    public Rubric active() {
        return versions.active();
    }

    public Optional<Rubric> byVersion(String version) {
        return versions.byVersion(version);
    }

    public List<RubricVersionView> versions(Viewer viewer) {
        return versions.versions(viewer);
    }

    /** Stores a new version (QA admins only) and makes it active. @throws IllegalArgumentException if invalid */
    public RubricVersionView create(Viewer viewer, Rubric rubric, String basedOn) {
        return versions.create(viewer, rubric, basedOn);
    }

    public void activate(Viewer viewer, String version) {
        versions.activate(viewer, version);
    }
}
