package com.towebs.chatqa.web.admin;

import com.towebs.chatqa.evaluation.rubric.CriterionKind;
import com.towebs.chatqa.evaluation.rubric.CriterionRule;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.ScoringPolicy;
import com.towebs.chatqa.evaluation.rubric.Thresholds;
import com.towebs.chatqa.operations.rubric.Reevaluation;
import com.towebs.chatqa.operations.rubric.RubricCatalog;
import com.towebs.chatqa.operations.rubric.RubricCatalog.RubricVersionView;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The QA admin's rubric page: the versions, a form that derives a new version from the active one (kinds, weights,
 * thresholds, scoring) and the re-evaluation of a period under the active version. The catalogue validates and
 * enforces the role.
 */
@Named
@ViewScoped
public class RubricPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable criterion row. */
    public static final class RuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private String kind;
        private double weight;
        private final boolean deferredWhileOpen;
        private final String description;

        RuleRow(CriterionRule rule) {
            this.id = rule.id().name();
            this.kind = rule.kind().name();
            this.weight = rule.weight();
            this.deferredWhileOpen = rule.deferredWhileOpen();
            this.description = rule.description();
        }

        CriterionRule toRule() {
            return new CriterionRule(
                    com.towebs.chatqa.evaluation.rubric.CriterionId.valueOf(id),
                    CriterionKind.valueOf(kind),
                    weight,
                    deferredWhileOpen,
                    description);
        }

        public String getId() {
            return id;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public double getWeight() {
            return weight;
        }

        public void setWeight(double weight) {
            this.weight = weight;
        }
    }

    @Inject
    transient CurrentViewer current;

    @EJB
    transient RubricCatalog catalog;

    @EJB
    transient Reevaluation reevaluation;

    private List<RubricVersionView> versions = List.of();
    private String activeVersion;
    private String version;
    private String title;
    private List<RuleRow> rules = new ArrayList<>();
    private int holdNoticeWaitSeconds;
    private int holdFollowUpSeconds;
    private double spellingMetMaxErrorsPer100;
    private double spellingPartialMaxErrorsPer100;
    private int spellingMinWords;
    private double requiredPoints;
    private double partialCredit;
    private double criticalFailureCap;
    private LocalDate reevaluateFrom;
    private LocalDate reevaluateTo;
    private Integer queued;

    @PostConstruct
    void load() {
        versions = catalog.versions(current.viewer());
        Rubric active = catalog.active();
        activeVersion = active.version();
        title = active.title();
        version = null;
        rules = new ArrayList<>(active.rules().stream().map(RuleRow::new).toList());
        Thresholds thresholds = active.thresholds();
        holdNoticeWaitSeconds = thresholds.holdNoticeWaitSeconds();
        holdFollowUpSeconds = thresholds.holdFollowUpSeconds();
        spellingMetMaxErrorsPer100 = thresholds.spellingMetMaxErrorsPer100();
        spellingPartialMaxErrorsPer100 = thresholds.spellingPartialMaxErrorsPer100();
        spellingMinWords = thresholds.spellingMinWords();
        ScoringPolicy scoring = active.scoring();
        requiredPoints = scoring.requiredPoints();
        partialCredit = scoring.partialCredit();
        criticalFailureCap = scoring.criticalFailureCap();
    }

    /** Stores the edited rubric as a new version (the catalogue makes it active). */
    public void save() {
        Rubric rubric;
        try {
            rubric = new Rubric(
                    version,
                    title,
                    rules.stream().map(RuleRow::toRule).toList(),
                    new Thresholds(
                            holdNoticeWaitSeconds,
                            holdFollowUpSeconds,
                            spellingMetMaxErrorsPer100,
                            spellingPartialMaxErrorsPer100,
                            spellingMinWords),
                    new ScoringPolicy(requiredPoints, partialCredit, criticalFailureCap));
        } catch (IllegalArgumentException invalid) {
            error(invalid.getMessage());
            return;
        }
        try {
            catalog.create(current.viewer(), rubric, activeVersion);
        } catch (IllegalArgumentException invalid) {
            error(invalid.getMessage());
            return;
        }
        message(FacesMessage.SEVERITY_INFO, text("rubric.saved", rubric.version()));
        load();
    }

    public void activate(String chosen) {
        catalog.activate(current.viewer(), chosen);
        load();
    }

    public void reevaluate() {
        try {
            queued = reevaluation.reevaluate(current.viewer(), reevaluateFrom, reevaluateTo);
        } catch (IllegalArgumentException invalid) {
            error(invalid.getMessage());
        }
    }

    public List<String> getKinds() {
        return Arrays.stream(CriterionKind.values()).map(CriterionKind::name).toList();
    }

    private static void error(String text) {
        message(FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return MessageFormat.format(
                context.getApplication().getResourceBundle(context, "admin").getString(key), arguments);
    }

    public List<RubricVersionView> getVersions() {
        return versions;
    }

    public String getActiveVersion() {
        return activeVersion;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public int getHoldNoticeWaitSeconds() {
        return holdNoticeWaitSeconds;
    }

    public void setHoldNoticeWaitSeconds(int value) {
        this.holdNoticeWaitSeconds = value;
    }

    public int getHoldFollowUpSeconds() {
        return holdFollowUpSeconds;
    }

    public void setHoldFollowUpSeconds(int value) {
        this.holdFollowUpSeconds = value;
    }

    public double getSpellingMetMaxErrorsPer100() {
        return spellingMetMaxErrorsPer100;
    }

    public void setSpellingMetMaxErrorsPer100(double value) {
        this.spellingMetMaxErrorsPer100 = value;
    }

    public double getSpellingPartialMaxErrorsPer100() {
        return spellingPartialMaxErrorsPer100;
    }

    public void setSpellingPartialMaxErrorsPer100(double value) {
        this.spellingPartialMaxErrorsPer100 = value;
    }

    public int getSpellingMinWords() {
        return spellingMinWords;
    }

    public void setSpellingMinWords(int value) {
        this.spellingMinWords = value;
    }

    public double getRequiredPoints() {
        return requiredPoints;
    }

    public void setRequiredPoints(double value) {
        this.requiredPoints = value;
    }

    public double getPartialCredit() {
        return partialCredit;
    }

    public void setPartialCredit(double value) {
        this.partialCredit = value;
    }

    public double getCriticalFailureCap() {
        return criticalFailureCap;
    }

    public void setCriticalFailureCap(double value) {
        this.criticalFailureCap = value;
    }

    public LocalDate getReevaluateFrom() {
        return reevaluateFrom;
    }

    public void setReevaluateFrom(LocalDate value) {
        this.reevaluateFrom = value;
    }

    public LocalDate getReevaluateTo() {
        return reevaluateTo;
    }

    public void setReevaluateTo(LocalDate value) {
        this.reevaluateTo = value;
    }

    public Integer getQueued() {
        return queued;
    }
}
