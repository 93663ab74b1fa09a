package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.operations.review.EvaluationBrowser;
import com.towebs.chatqa.operations.review.ReviewViews.AgentView;
import com.towebs.chatqa.operations.review.ReviewViews.TeamView;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.web.reports.ExportJobs;
import com.towebs.chatqa.web.reports.ExportJobs.ExportStatus;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * HR's Excel export: a period, optionally a team and an agent, a language; the workbook is written in the
 * background ({@link ExportJobs}) while the page polls its progress, then offers the download.
 */
@Named
@ViewScoped
public class ExportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentViewer current;

    @EJB
    transient EvaluationBrowser browser;

    @Inject
    transient ExportJobs jobs;

    @Inject
    transient Formats formats;

    private String from;
    private String to;
    private String team;
    private String agent;
    private String language = "es";
    private String job;
    private List<TeamView> teams = List.of();
    private List<AgentView> agents = List.of();

    @PostConstruct
    void init() {
        teams = browser.teams(current.viewer());
        agents = browser.agents(current.viewer(), null);
        YearMonth last = YearMonth.now(formats.zone()).minusMonths(1);
        from = last.toString();
        to = last.toString();
    }

    public void teamChanged() {
        agents = browser.agents(current.viewer(), blankToNull(team));
        agent = null;
    }

    public void start() {
        YearMonth first;
        YearMonth last;
        try {
            first = YearMonth.parse(from.trim());
            last = YearMonth.parse(to.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            error("export.badMonth");
            return;
        }
        if (last.isBefore(first)) {
            error("export.badPeriod");
            return;
        }
        job = jobs.start(
                current.viewer(),
                new ExportFilter(first, last, blankToNull(team), blankToNull(agent)),
                "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es-AR"));
    }

    public ExportStatus getStatus() {
        return job == null ? null : jobs.status(current.viewer(), job);
    }

    /** 0-100 for the progress bar; rows written against the rows expected when known. */
    public int getProgress() {
        ExportStatus status = getStatus();
        if (status == null) {
            return 0;
        }
        if (status.state() == ExportJobs.State.DONE) {
            return 100;
        }
        return status.totalRows() > 0 ? (int) Math.min(99, status.rowsWritten() * 100 / status.totalRows()) : 0;
    }

    public boolean isDone() {
        ExportStatus status = getStatus();
        return status != null && status.state() == ExportJobs.State.DONE;
    }

    public boolean isFailed() {
        ExportStatus status = getStatus();
        return status != null && status.state() == ExportJobs.State.FAILED;
    }

    private static void error(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        context.getApplication()
                                .getResourceBundle(context, "msg")
                                .getString(key),
                        null));
        context.validationFailed();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getJob() {
        return job;
    }

    public List<TeamView> getTeams() {
        return teams;
    }

    public List<AgentView> getAgents() {
        return agents;
    }
}
