package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.operations.review.EvaluationBrowser;
import com.towebs.chatqa.operations.review.ReviewViews.AgentView;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.TeamView;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list of evaluations with filters, paged in the database: an agent's own ("Mis evaluaciones"), a manager's
 * teams', HR's every team's. Which rows a viewer gets is the service's decision, not this page's.
 */
@Named
@ViewScoped
public class EvaluationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentViewer current;

    @EJB
    transient EvaluationBrowser browser;

    private LocalDate from;
    private LocalDate to;
    private Double maxScore;
    private boolean criticalOnly;
    private String team;
    private String agent;
    private List<TeamView> teams;
    private List<AgentView> agents;
    private final LazyDataModel<EvaluationSummary> evaluations = new Rows();

    /** Team changed: offer only its agents. */
    public void teamChanged() {
        agents = browser.agents(current.viewer(), team == null || team.isBlank() ? null : team);
        agent = null;
    }

    EvaluationFilter filter() {
        return new EvaluationFilter(from, to, blankToNull(team), blankToNull(agent), maxScore, criticalOnly);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Pages through the service: count and one page, both under the viewer's rules. */
    private final class Rows extends LazyDataModel<EvaluationSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) browser.count(current.viewer(), filter());
        }

        @Override
        public List<EvaluationSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return browser.evaluations(current.viewer(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(EvaluationSummary row) {
            return Long.toString(row.evaluationId());
        }
    }

    public LazyDataModel<EvaluationSummary> getEvaluations() {
        return evaluations;
    }

    /** Asked for only by the pages that filter by team (an agent's list does not). */
    public List<TeamView> getTeams() {
        if (teams == null) {
            teams = browser.teams(current.viewer());
        }
        return teams;
    }

    public List<AgentView> getAgents() {
        if (agents == null) {
            agents = browser.agents(current.viewer(), null);
        }
        return agents;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Double getMaxScore() {
        return maxScore;
    }

    public void setMaxScore(Double maxScore) {
        this.maxScore = maxScore;
    }

    public boolean isCriticalOnly() {
        return criticalOnly;
    }

    public void setCriticalOnly(boolean criticalOnly) {
        this.criticalOnly = criticalOnly;
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
}
