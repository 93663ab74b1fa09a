package com.towebs.chatqa.operations.review;

import static com.towebs.chatqa.operations.review.ReviewFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who reads which evaluations, on H2 and on PostgreSQL. */
class ReviewQueriesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachViewerListsOnlyWhatTheyMayRead(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);

            assertThat(refs(tx, LUCIA)).containsExactlyInAnyOrder("h-1", "h-2");
            assertThat(refs(tx, PABLO)).containsExactly("d-1");
            assertThat(refs(tx, HOSTING_MANAGER)).containsExactlyInAnyOrder("h-1", "h-2");
            assertThat(refs(tx, DOMAINS_MANAGER)).containsExactly("d-1");
            assertThat(refs(tx, HR)).containsExactlyInAnyOrder("h-1", "h-2", "d-1");
            assertThat(refs(tx, NOBODY)).isEmpty();
            assertThat(tx.<Long>inTransaction(em -> QUERIES.count(em, HR, EvaluationFilter.all())))
                    .isEqualTo(3);
            assertThat(list(tx, em -> QUERIES.teams(em, HOSTING_MANAGER)))
                    .extracting(ReviewViews.TeamView::id)
                    .containsExactly("hosting");
            assertThat(list(tx, em -> QUERIES.agents(em, HR, "dominios")))
                    .extracting(ReviewViews.AgentView::id)
                    .containsExactly("pablo.diaz");
            EvaluationFilter october3 = new EvaluationFilter(
                    LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3), "hosting", null, null, false);
            assertThat(list(tx, em -> QUERIES.evaluations(em, HR, october3, 0, 10)))
                    .extracting(EvaluationSummary::chatRef)
                    .containsExactlyInAnyOrder("h-1", "h-2");
            EvaluationFilter october4 = new EvaluationFilter(LocalDate.of(2026, 10, 4), null, null, null, null, false);
            assertThat(list(tx, em -> QUERIES.evaluations(em, HR, october4, 0, 10)))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherAgentsOrAnotherTeamsChatIsRefusedById(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);
            long pablos = chatId(tx, "d-1");

            assertThatThrownBy(() -> tx.inTransaction(em -> QUERIES.chat(em, LUCIA, pablos)))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> tx.inTransaction(em -> QUERIES.chat(em, HOSTING_MANAGER, pablos)))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> tx.inTransaction(em -> QUERIES.chat(em, NOBODY, pablos)))
                    .isInstanceOf(AccessDenied.class);
            assertThat(tx.inTransaction(em -> QUERIES.chat(em, PABLO, pablos)).chatRef())
                    .isEqualTo("d-1");
            assertThat(tx.inTransaction(em -> QUERIES.chat(em, HR, pablos)).messages())
                    .hasSize(8);
            assertThatThrownBy(() -> tx.inTransaction(em -> QUERIES.chat(em, HR, 987_654L)))
                    .isInstanceOf(NoSuchChat.class);
        }
    }
}
