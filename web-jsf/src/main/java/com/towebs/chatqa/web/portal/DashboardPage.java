package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.operations.review.EvaluationBrowser;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.TeamView;
import com.towebs.chatqa.reporting.model.CriterionPassRate;
import com.towebs.chatqa.reporting.model.MonthScore;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import com.towebs.chatqa.web.reports.Figures;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A manager's team dashboard for a month: key figures, six-month trend, pass rate per criterion, the agents, the
 * notable chats and the monthly PDFs. The figures come from the warehouse through {@link Figures}, which applies
 * the team rule.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentViewer current;

    @EJB
    transient EvaluationBrowser browser;

    @Inject
    transient Figures figures;

    @Inject
    transient Formats formats;

    private String team;
    private String month;
    private List<TeamView> teams = List.of();
    private TeamMonthReport report;

    /** Loads the team and month asked for, or the viewer's first team and its latest month with chats. */
    public void load() {
        teams = browser.teams(current.viewer());
        if ((team == null || team.isBlank()) && !teams.isEmpty()) {
            team = teams.get(0).id();
        }
        if (team == null) {
            return;
        }
        if (month == null || month.isBlank()) {
            List<EvaluationSummary> latest = browser.evaluations(
                    current.viewer(), new EvaluationFilter(null, null, team, null, null, false), 0, 1);
            month = latest.isEmpty()
                    ? YearMonth.now(formats.zone()).toString()
                    : YearMonth.from(latest.get(0).startedAt().atZone(formats.zone()))
                            .toString();
        }
        report = figures.team(current.viewer(), team, YearMonth.parse(month)).orElse(null);
    }

    /** Shows the chosen team and month at their own URL. */
    public String show() {
        return "/app/manager/dashboard?faces-redirect=true&team="
                + java.net.URLEncoder.encode(team, java.nio.charset.StandardCharsets.UTF_8) + "&month=" + month;
    }

    public String getTrendChart() {
        List<MonthScore> trend = report == null ? List.of() : report.trend();
        return Charts.scoreLine(
                text("dashboard.chart.average"),
                trend.stream().map(m -> m.month().toString()).toList(),
                trend.stream().map(MonthScore::averageScore).toList());
    }

    public String getCriteriaChart() {
        List<CriterionPassRate> criteria = report == null ? List.of() : report.criteria();
        return Charts.percentBars(
                text("dashboard.chart.passRate"),
                criteria.stream()
                        .map(c -> text("criterion." + c.criterion().name()))
                        .toList(),
                criteria.stream()
                        .map(c -> Math.round(c.passRate() * 1000) / 10.0)
                        .toList());
    }

    /** The six months before and including this one, for the month selector. */
    public List<String> getMonths() {
        YearMonth latest = YearMonth.now(formats.zone());
        return java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> latest.minusMonths(i).toString())
                .toList();
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<TeamView> getTeams() {
        return teams;
    }

    public TeamMonthReport getReport() {
        return report;
    }
}
