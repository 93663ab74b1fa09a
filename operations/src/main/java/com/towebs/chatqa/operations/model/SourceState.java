package com.towebs.chatqa.operations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Per source: how far ingestion got (the watermark, in the source's own terms) and who may run it now. The
 * lease is taken with a conditional update, so two nodes of a cluster never pull the same source at once, and
 * a node that dies mid-run only blocks the source until its lease expires.
 */
@Entity
@Table(name = "source_state")
public class SourceState {

    @Id
    private String source;

    private String watermark;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Version
    private long version;

    protected SourceState() {}

    public SourceState(String source) {
        this.source = source;
    }

    public String getSource() {
        return source;
    }

    public String getWatermark() {
        return watermark;
    }

    public void setWatermark(String watermark) {
        this.watermark = watermark;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }
}
