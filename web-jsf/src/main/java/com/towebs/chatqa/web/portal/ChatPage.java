package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.Disputes;
import com.towebs.chatqa.operations.review.EvaluationBrowser;
import com.towebs.chatqa.operations.review.NoSuchChat;
import com.towebs.chatqa.operations.review.Overrides;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.CriterionView;
import com.towebs.chatqa.operations.review.ReviewViews.MessageView;
import com.towebs.chatqa.web.portal.EvidenceHighlighter.Quote;
import com.towebs.chatqa.web.portal.EvidenceHighlighter.Segment;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A chat's page, for every role: the redacted transcript with each criterion's evidence marked, the verdicts and
 * why, the history; the agent's dispute form and the manager's override form. What the viewer may see and do is
 * decided by the services ({@link EvaluationBrowser}, {@link Disputes}, {@link Overrides}); the forms only hide
 * what would be refused anyway.
 */
@Named
@ViewScoped
public class ChatPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A transcript line as the page shows it. */
    public record MessageRow(int index, Instant at, String speaker, List<Segment> segments) implements Serializable {}

    @Inject
    transient CurrentViewer current;

    @EJB
    transient EvaluationBrowser browser;

    @EJB
    transient Disputes disputes;

    @EJB
    transient Overrides overrides;

    private Long id;
    private ChatReview review;
    private List<MessageRow> messages = List.of();

    private String disputeCriterion;
    private String disputeComment;
    private String overrideCriterion;
    private String overrideVerdict;
    private String overrideReason;

    /** Loads the chat named by the {@code id} parameter (403 and 404 come from the service). */
    public void load() {
        if (id == null) {
            throw new NoSuchChat("no chat id given");
        }
        review = browser.chat(current.viewer(), id);
        List<List<Quote>> byMessage = new ArrayList<>();
        review.messages().forEach(m -> byMessage.add(new ArrayList<>()));
        if (review.evaluation() != null) {
            for (CriterionView criterion : review.evaluation().criteria()) {
                criterion.evidence().stream()
                        .filter(e -> e.message() < byMessage.size())
                        .forEach(e -> byMessage.get(e.message()).add(new Quote(criterion.criterion(), e.quote())));
            }
        }
        List<MessageRow> rows = new ArrayList<>();
        for (MessageView message : review.messages()) {
            rows.add(new MessageRow(
                    message.index(),
                    message.at(),
                    message.speaker(),
                    EvidenceHighlighter.segments(message.text(), byMessage.get(message.index()))));
        }
        messages = rows;
    }

    public void openDispute() {
        disputes.open(current.viewer(), review.evaluation().id(), disputeCriterion, disputeComment);
        disputeComment = null;
        info("chat.dispute.sent");
        load();
    }

    public void override() {
        overrides.override(
                current.viewer(),
                review.evaluation().id(),
                overrideCriterion,
                Verdict.valueOf(overrideVerdict),
                overrideReason);
        overrideReason = null;
        info("chat.override.done");
        load();
    }

    /** The chat's own agent may dispute its current evaluation. */
    public boolean isCanDispute() {
        Viewer viewer = current.viewer();
        return review != null && review.evaluation() != null && viewer.isOwn(review.agent());
    }

    /** Managers of the chat's team (and QA admins) may override. */
    public boolean isCanOverride() {
        Viewer viewer = current.viewer();
        return review != null
                && review.evaluation() != null
                && (viewer.manages(review.team()) || viewer.has(Role.QA_ADMIN));
    }

    public List<String> getVerdicts() {
        return Arrays.stream(Verdict.values()).map(Verdict::name).toList();
    }

    public List<String> getCriteria() {
        return review == null || review.evaluation() == null
                ? List.of()
                : review.evaluation().criteria().stream()
                        .map(CriterionView::criterion)
                        .toList();
    }

    private static void info(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle.getString(key), null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ChatReview getReview() {
        return review;
    }

    public List<MessageRow> getMessages() {
        return messages;
    }

    public String getDisputeCriterion() {
        return disputeCriterion;
    }

    public void setDisputeCriterion(String disputeCriterion) {
        this.disputeCriterion = disputeCriterion;
    }

    public String getDisputeComment() {
        return disputeComment;
    }

    public void setDisputeComment(String disputeComment) {
        this.disputeComment = disputeComment;
    }

    public String getOverrideCriterion() {
        return overrideCriterion;
    }

    public void setOverrideCriterion(String overrideCriterion) {
        this.overrideCriterion = overrideCriterion;
    }

    public String getOverrideVerdict() {
        return overrideVerdict;
    }

    public void setOverrideVerdict(String overrideVerdict) {
        this.overrideVerdict = overrideVerdict;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
