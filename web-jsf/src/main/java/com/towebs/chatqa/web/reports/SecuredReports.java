package com.towebs.chatqa.web.reports;

import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.EvaluationBrowser;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.service.ReportService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The one place the document rules live, for the API and the pages alike: a team's monthly PDF to whoever may
 * read the team; an agent's to the agent, the managers of the agent's teams, HR and QA admins; Excel exports to HR
 * and QA admins, and to managers for a team they manage.
 */
@ApplicationScoped
public class SecuredReports {

    @Inject
    ReportService reports;

    @EJB
    EvaluationBrowser browser;

    public Optional<byte[]> teamPdf(Viewer viewer, String team, YearMonth month, Locale locale) {
        viewer.requireReadTeam(team);
        return reports.teamReport(team, month, locale);
    }

    public Optional<byte[]> agentPdf(Viewer viewer, String agent, YearMonth month, Locale locale) {
        requireAgentReport(viewer, agent);
        return reports.agentReport(agent, month, locale);
    }

    /**
     * The agent's report goes to the agent, to HR and QA admins, and to a manager of a team the agent has chats in
     * (an agent who changed teams shows up once per team in the browser's list).
     */
    void requireAgentReport(Viewer viewer, String agent) {
        if (viewer.readsAllTeams() || viewer.isOwn(agent)) {
            return;
        }
        if (viewer.has(Role.MANAGER)
                && browser.agents(viewer, null).stream()
                        .anyMatch(listed -> listed.id().equals(agent) && viewer.manages(listed.team()))) {
            return;
        }
        throw new AccessDenied(viewer.username() + " may not read the reports of agent " + agent);
    }

    /** Checks the export rule; {@link #export} applies it again, so a job started earlier cannot outlive a change. */
    public void requireExport(Viewer viewer, ExportFilter filter) {
        if (viewer.readsAllTeams()) {
            return;
        }
        if (viewer.has(Role.MANAGER) && filter.teamId() != null && viewer.manages(filter.teamId())) {
            return;
        }
        throw new AccessDenied(viewer.username() + " may not export "
                + (filter.teamId() == null ? "every team" : "team " + filter.teamId()));
    }

    public void export(Viewer viewer, ExportFilter filter, Locale locale, OutputStream out, IntConsumer rowsWritten) {
        requireExport(viewer, filter);
        reports.export(filter, locale, out, rowsWritten);
    }
}
