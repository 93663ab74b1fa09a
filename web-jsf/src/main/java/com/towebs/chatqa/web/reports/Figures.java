package com.towebs.chatqa.web.reports;

import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import com.towebs.chatqa.reporting.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The warehouse figures the dashboards show, under the same rules as the documents: a team's to whoever may read
 * the team, an agent's to the agent and whoever may read the agent's team.
 */
@ApplicationScoped
public class Figures {

    @Inject
    ReportService reports;

    public Optional<TeamMonthReport> team(Viewer viewer, String team, YearMonth month) {
        viewer.requireReadTeam(team);
        return reports.teamFigures(team, month);
    }

    /** @param team the agent's team, as the caller knows it from the agent's evaluations */
    public Optional<AgentMonthReport> agent(Viewer viewer, String agent, String team, YearMonth month) {
        viewer.requireRead(agent, team);
        return reports.agentFigures(agent, month);
    }
}
