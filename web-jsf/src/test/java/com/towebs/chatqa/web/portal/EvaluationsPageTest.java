package com.towebs.chatqa.web.portal;

import static com.towebs.chatqa.web.portal.PortalFakes.MANAGER_SOPORTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation list as a plain object: the filter it asks the service for, page by page. */
class EvaluationsPageTest {

    private final PortalFakes.Browser browser = new PortalFakes.Browser();

    @Test
    void blankTeamAndAgentDoNotFilter() {
        EvaluationsPage page = page();
        page.setTeam(" ");
        page.setAgent("");

        page.getEvaluations().load(0, 20, Map.of(), Map.of());

        assertThat(browser.filters).containsExactly(EvaluationFilter.all());
    }

    @Test
    void theFormsFieldsBecomeTheFilterOfEveryPage() {
        EvaluationsPage page = page();
        page.setFrom(LocalDate.of(2026, 10, 1));
        page.setTo(LocalDate.of(2026, 10, 31));
        page.setTeam("soporte");
        page.setAgent("ag-lucia");
        page.setMaxScore(60.0);
        page.setCriticalOnly(true);

        page.getEvaluations().count(Map.of());
        page.getEvaluations().load(20, 20, Map.of(), Map.of());

        EvaluationFilter expected = new EvaluationFilter(
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), "soporte", "ag-lucia", 60.0, true);
        assertThat(browser.filters).containsExactly(expected, expected);
    }

    private EvaluationsPage page() {
        EvaluationsPage page = new EvaluationsPage();
        page.current = PortalFakes.signedIn(MANAGER_SOPORTE);
        page.browser = browser;
        return page;
    }
}
