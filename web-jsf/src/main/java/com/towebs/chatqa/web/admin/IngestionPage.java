package com.towebs.chatqa.web.admin;

import com.towebs.chatqa.operations.ingestion.IngestionStatus;
import com.towebs.chatqa.operations.ingestion.IngestionStatus.Backlog;
import com.towebs.chatqa.operations.ingestion.IngestionStatus.RunView;
import com.towebs.chatqa.operations.ingestion.PullScheduler;
import com.towebs.chatqa.operations.ingestion.Quarantine;
import com.towebs.chatqa.operations.model.QuarantineState;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The QA admin's view of ingestion: the backlog, the recent runs and the quarantined records (retry, discard). */
@Named
@ViewScoped
public class IngestionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RUNS = 50;
    private static final int RECORDS = 200;

    @Inject
    transient CurrentViewer current;

    @EJB
    transient IngestionStatus status;

    @EJB
    transient PullScheduler scheduler;

    @Inject
    transient Quarantine quarantine;

    private Backlog backlog;
    private List<RunView> runs = List.of();
    private List<Quarantine.Entry> quarantined = List.of();

    @PostConstruct
    void load() {
        backlog = status.backlog(current.viewer());
        runs = status.recentRuns(current.viewer(), RUNS);
        quarantined = quarantine.list(current.viewer(), QuarantineState.QUARANTINED, RECORDS);
    }

    public void retry(long id) {
        var outcome = quarantine.retry(current.viewer(), id);
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, String.valueOf(outcome), null));
        load();
    }

    public void discard(long id) {
        quarantine.discard(current.viewer(), id);
        load();
    }

    public void pullNow() {
        scheduler.pullNow(current.viewer());
        load();
    }

    public Backlog getBacklog() {
        return backlog;
    }

    public List<RunView> getRuns() {
        return runs;
    }

    public List<Quarantine.Entry> getQuarantined() {
        return quarantined;
    }
}
