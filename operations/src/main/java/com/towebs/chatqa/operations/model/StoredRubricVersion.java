package com.towebs.chatqa.operations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rubric version a QA admin stored: its JSON definition, who derived it from which version, and whether it is active. */
@Entity
@Table(name = "rubric_version")
public class StoredRubricVersion {

    @Id
    private String version;

    private String title;

    @Column(name = "based_on")
    private String basedOn;

    @Column(nullable = false)
    private String definition;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active;

    protected StoredRubricVersion() {}

    public StoredRubricVersion(
            String version, String title, String basedOn, String definition, String createdBy, Instant createdAt) {
        this.version = version;
        this.title = title;
        this.basedOn = basedOn;
        this.definition = definition;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getBasedOn() {
        return basedOn;
    }

    public String getDefinition() {
        return definition;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }

    /** Makes this version the one new gradings use (the repository deactivates the others first). */
    public void activate() {
        this.active = true;
    }
}
