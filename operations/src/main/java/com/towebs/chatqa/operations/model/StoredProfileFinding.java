package com.towebs.chatqa.operations.model;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One customer type found in a chat and how the agent handled it, within a stored evaluation. */
@Embeddable
public class StoredProfileFinding {

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false)
    private CustomerType customerType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict handling;

    private String note;

    @Column(nullable = false)
    private String signals;

    @Column(name = "handling_evidence", nullable = false)
    private String handlingEvidence;

    protected StoredProfileFinding() {}

    StoredProfileFinding(ProfileFinding finding) {
        this.customerType = finding.type();
        this.handling = finding.handling();
        this.note = finding.note();
        this.signals = EvidenceJson.write(finding.signals());
        this.handlingEvidence = EvidenceJson.write(finding.handlingEvidence());
    }

    public ProfileFinding toFinding() {
        return new ProfileFinding(
                customerType, EvidenceJson.read(signals), handling, EvidenceJson.read(handlingEvidence), note);
    }

    public CustomerType getCustomerType() {
        return customerType;
    }

    public Verdict getHandling() {
        return handling;
    }
}
