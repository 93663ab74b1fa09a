package com.towebs.chatqa.ingestion.rubric;

import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.ingestion.access.Viewer;
import jakarta.ejb.Stateless;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rubric versions: the built-in one and those QA admins derived from it (weights, kinds, thresholds), stored
 * in the database. One version is active: new gradings use it.
 */
@Stateless
public class RubricCatalog {

    /** A stored version as the admin page lists it. */
    public record RubricVersionView(String version, String title, String basedOn, String createdBy, Instant createdAt,
                                    boolean active) {
    }

    public Rubric active() {
        throw new UnsupportedOperationException("in progress");
    }

    public Optional<Rubric> byVersion(String version) {
        throw new UnsupportedOperationException("in progress");
    }

    public List<RubricVersionView> versions(Viewer viewer) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Stores a new version (QA admins only) and makes it active. @throws IllegalArgumentException if invalid */
    public RubricVersionView create(Viewer viewer, Rubric rubric, String basedOn) {
        throw new UnsupportedOperationException("in progress");
    }

    public void activate(Viewer viewer, String version) {
        throw new UnsupportedOperationException("in progress");
    }
}
