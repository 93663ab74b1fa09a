package com.towebs.chatqa.web.portal;

import static com.towebs.chatqa.web.portal.PortalFakes.MANAGER_SOPORTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.Disputes;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manager's dispute queue as a plain object: what a decision sends to the service, and what the form keeps. */
class DisputesPageTest {

    private final RecordingDisputes disputes = new RecordingDisputes();

    @Test
    void theQueueIsTheViewersAsTheServiceAnswers() {
        DisputesPage page = page();

        assertThat(page.getQueue()).extracting(DisputeView::id).containsExactly(1L);
        assertThat(disputes.queuedFor).containsExactly("marta");
    }

    @Test
    void anUpheldDisputeIsDecidedWithTheVerdictChosen() {
        DisputesPage page = page();

        decide(page, true, "Tiene razón.", "MET");

        assertThat(disputes.decisions).containsExactly("1 upheld Tiene razón. MET");
    }

    @Test
    void aRejectedDisputeChangesNoVerdictWhateverTheFormHolds() {
        DisputesPage page = page();

        decide(page, false, "No corresponde.", "MET");

        assertThat(disputes.decisions).containsExactly("1 rejected No corresponde. null");
    }

    @Test
    void afterADecisionTheFormIsEmptyAndTheQueueReadAgain() {
        DisputesPage page = page();

        decide(page, true, "Tiene razón.", "MET");

        assertThat(page.getSelected()).isNull();
        assertThat(page.isUpheld()).isFalse();
        assertThat(page.getDecision()).isNull();
        assertThat(page.getDecisionVerdict()).isNull();
        assertThat(disputes.queuedFor).hasSize(2);
    }

    /** Fills the decision form for the open dispute as a manager would, and sends it. */
    private static void decide(DisputesPage page, boolean upheld, String decision, String verdict) {
        page.setSelected(1L);
        page.setUpheld(upheld);
        page.setDecision(decision);
        page.setDecisionVerdict(verdict);
        page.decide();
    }

    private DisputesPage page() {
        DisputesPage page = new DisputesPage();
        page.current = PortalFakes.signedIn(MANAGER_SOPORTE);
        page.disputes = disputes;
        page.load();
        return page;
    }

    /** Answers one open dispute and records the decisions it is sent. */
    private static final class RecordingDisputes extends Disputes {
        final List<String> queuedFor = new ArrayList<>();
        final List<String> decisions = new ArrayList<>();

        @Override
        public List<DisputeView> queue(Viewer viewer) {
            queuedFor.add(viewer.username());
            return List.of(new DisputeView(
                    1,
                    70,
                    7,
                    "wh-7",
                    "soporte",
                    "EMPATHY",
                    "ag-lucia",
                    "Fui empática.",
                    Instant.parse("2026-10-04T10:00:00Z"),
                    "OPEN",
                    null,
                    null,
                    null));
        }

        @Override
        public DisputeView decide(Viewer viewer, long disputeId, boolean upheld, String decision, String newVerdict) {
            decisions.add(disputeId + " " + (upheld ? "upheld" : "rejected") + " " + decision + " " + newVerdict);
            return null;
        }
    }
}
