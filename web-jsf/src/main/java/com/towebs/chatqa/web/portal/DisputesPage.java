package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.operations.review.Disputes;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The manager's queue of open disputes of their teams, each decided with a reason (and optionally a verdict). */
@Named
@ViewScoped
public class DisputesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentViewer current;

    @EJB
    transient Disputes disputes;

    private List<DisputeView> queue = List.of();
    private Long selected;
    private boolean upheld;
    private String decision;
    private String decisionVerdict;

    @PostConstruct
    void load() {
        queue = disputes.queue(current.viewer());
    }

    public void decide() {
        disputes.decide(current.viewer(), selected, upheld, decision, upheld ? decisionVerdict : null);
        selected = null;
        decision = null;
        decisionVerdict = null;
        upheld = false;
        load();
    }

    public List<DisputeView> getQueue() {
        return queue;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public boolean isUpheld() {
        return upheld;
    }

    public void setUpheld(boolean upheld) {
        this.upheld = upheld;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getDecisionVerdict() {
        return decisionVerdict;
    }

    public void setDecisionVerdict(String decisionVerdict) {
        this.decisionVerdict = decisionVerdict;
    }
}
