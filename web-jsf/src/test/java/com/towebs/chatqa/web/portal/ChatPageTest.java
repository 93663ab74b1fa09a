package com.towebs.chatqa.web.portal;

import static com.towebs.chatqa.web.portal.PortalFakes.LUCIA;
import static com.towebs.chatqa.web.portal.PortalFakes.MANAGER_SOPORTE;
import static com.towebs.chatqa.web.portal.PortalFakes.MANAGER_VENTAS;
import static com.towebs.chatqa.web.portal.PortalFakes.QA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.NoSuchChat;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.CriterionView;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationView;
import com.towebs.chatqa.operations.review.ReviewViews.EvidenceView;
import com.towebs.chatqa.operations.review.ReviewViews.MessageView;
import com.towebs.chatqa.web.portal.EvidenceHighlighter.Segment;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chat page as a plain object: what it marks in the transcript and which forms it offers to whom. */
class ChatPageTest {

    private static final Instant AT = Instant.parse("2026-10-03T14:00:00Z");

    private final PortalFakes.Browser browser = new PortalFakes.Browser();

    @Test
    void eachCriterionsEvidenceIsMarkedInTheMessageItQuotes() {
        browser.chat = review(List.of(
                new CriterionView("GREETING", "MET", null, List.of(new EvidenceView(0, "Bienvenido")), null),
                new CriterionView("EMPATHY", "MET", null, List.of(new EvidenceView(1, "disculpá")), null)));

        ChatPage page = page(LUCIA);

        assertThat(page.getMessages().get(0).segments())
                .filteredOn(Segment::highlighted)
                .extracting(Segment::text, Segment::criteria)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Bienvenido", "GREETING"));
        assertThat(page.getMessages().get(1).segments())
                .filteredOn(Segment::highlighted)
                .extracting(Segment::text)
                .containsExactly("disculpá");
    }

    @Test
    void evidenceNamingAMessageTheChatDoesNotHaveIsLeftOut() {
        browser.chat =
                review(List.of(new CriterionView("GREETING", "MET", null, List.of(new EvidenceView(9, "hola")), null)));

        ChatPage page = page(LUCIA);

        assertThat(page.getMessages())
                .flatExtracting(ChatPage.MessageRow::segments)
                .noneMatch(Segment::highlighted);
    }

    @Test
    void onlyTheChatsOwnAgentIsOfferedTheDisputeForm() {
        browser.chat = review(List.of());

        assertThat(page(LUCIA).isCanDispute()).isTrue();
        assertThat(page(MANAGER_SOPORTE).isCanDispute()).isFalse();
    }

    @Test
    void theOverrideFormIsOfferedToTheTeamsManagersAndQaAdmins() {
        browser.chat = review(List.of());

        assertThat(page(MANAGER_SOPORTE).isCanOverride()).isTrue();
        assertThat(page(QA).isCanOverride()).isTrue();
        assertThat(page(MANAGER_VENTAS).isCanOverride()).isFalse();
        assertThat(page(LUCIA).isCanOverride()).isFalse();
    }

    @Test
    void withoutAnIdThePageIsNotFound() {
        ChatPage page = new ChatPage();
        page.current = PortalFakes.signedIn(LUCIA);
        page.browser = browser;

        assertThatThrownBy(page::load).isInstanceOf(NoSuchChat.class);
    }

    private ChatPage page(Viewer viewer) {
        ChatPage page = new ChatPage();
        page.current = PortalFakes.signedIn(viewer);
        page.browser = browser;
        page.setId(7L);
        page.load();
        return page;
    }

    /** Lucía's chat in team soporte: a welcome and an apology, graded with these criteria. */
    private static ChatReview review(List<CriterionView> criteria) {
        EvaluationView evaluation =
                new EvaluationView(70, "towebs-2026.1", 90, 90, false, "NEW_CHAT", AT, true, criteria, List.of());
        return new ChatReview(
                7,
                "wh-7",
                "whmcs",
                "ag-lucia",
                "Lucía",
                "soporte",
                "Pedro",
                AT,
                "closed",
                false,
                false,
                List.of(
                        new MessageView(0, AT, "agent", "Bienvenido a ToWebs"),
                        new MessageView(1, AT.plusSeconds(60), "agent", "disculpá la demora")),
                evaluation,
                List.of(),
                List.of(),
                List.of());
    }
}
