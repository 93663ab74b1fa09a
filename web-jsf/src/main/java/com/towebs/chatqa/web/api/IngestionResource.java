package com.towebs.chatqa.web.api;

import com.towebs.chatqa.operations.ingestion.PullScheduler;
import com.towebs.chatqa.operations.ingestion.RunReport;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code POST /api/v1/ingestion/runs}: pulls every source and scans the drop folder now; answers each run's report. */
@Path("/v1/ingestion/runs")
@RequestScoped
public class IngestionResource {

    @EJB
    PullScheduler scheduler;

    @Inject
    CurrentViewer current;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public List<RunSummary> pullNow() {
        return scheduler.pullNow(current.viewer()).stream().map(RunSummary::of).toList();
    }

    /** One run as the API shows it. */
    public record RunSummary(
            Long run,
            String outcome,
            int received,
            int accepted,
            int updated,
            int unchanged,
            int rejected,
            int retries,
            String failure) {

        static RunSummary of(RunReport report) {
            return new RunSummary(
                    report.runId(),
                    report.outcome() == null ? "BUSY" : report.outcome().name(),
                    report.counts().received(),
                    report.counts().accepted(),
                    report.counts().updated(),
                    report.counts().unchanged(),
                    report.counts().rejected(),
                    report.counts().retries(),
                    report.failure());
        }
    }
}
