package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.operations.review.EvaluationBrowser;
import com.towebs.chatqa.operations.review.ReviewViews.AgentView;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.MonthScore;
import com.towebs.chatqa.web.reports.Figures;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** An agent's own trend (average score by month) and the months of their monthly PDFs. */
@Named
@ViewScoped
public class AgentOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentViewer current;

    @EJB
    transient EvaluationBrowser browser;

    @Inject
    transient Figures figures;

    @Inject
    transient Formats formats;

    private String agent;
    private List<MonthScore> trend = List.of();

    @PostConstruct
    void init() {
        agent = current.viewer().agentId().orElse(null);
        List<AgentView> own = browser.agents(current.viewer(), null).stream()
                .filter(a -> a.id().equals(agent))
                .toList();
        List<EvaluationSummary> latest =
                browser.evaluations(current.viewer(), new EvaluationFilter(null, null, null, agent, null, false), 0, 1);
        if (agent == null || own.isEmpty() || latest.isEmpty()) {
            return;
        }
        YearMonth month = YearMonth.from(latest.get(0).startedAt().atZone(formats.zone()));
        trend = figures
                .agent(current.viewer(), agent, own.get(0).team(), month)
                .map(AgentMonthReport::trend)
                .orElse(List.of())
                .stream()
                .filter(m -> m.chats() > 0)
                .toList();
    }

    public String getTrendChart() {
        FacesContext context = FacesContext.getCurrentInstance();
        String label =
                context.getApplication().getResourceBundle(context, "msg").getString("dashboard.chart.average");
        return Charts.scoreLine(
                label,
                trend.stream().map(m -> m.month().toString()).toList(),
                trend.stream().map(MonthScore::averageScore).toList());
    }

    /** Months with chats, newest first: each has a monthly PDF. */
    public List<YearMonth> getReportMonths() {
        return trend.stream()
                .map(MonthScore::month)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    public String getAgent() {
        return agent;
    }
}
