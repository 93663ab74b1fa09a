package com.towebs.chatqa.web.portal;

import static com.towebs.chatqa.web.portal.PortalFakes.MANAGER_SOPORTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.TeamView;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import com.towebs.chatqa.web.reports.Figures;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The team dashboard as a plain object: which team and month it shows when the address names none. */
class DashboardPageTest {

    private final PortalFakes.Browser browser = new PortalFakes.Browser();
    private final AskedFigures figures = new AskedFigures();

    @Test
    void withoutATeamItShowsTheViewersFirstTeamInTheMonthOfItsLatestChat() {
        browser.teams = List.of(new TeamView("soporte", "Soporte"), new TeamView("ventas", "Ventas"));
        // 1 November 01:30 UTC is still 31 October in Buenos Aires
        browser.evaluations = List.of(latest(Instant.parse("2026-11-01T01:30:00Z")));

        DashboardPage page = page();

        assertThat(page.getTeam()).isEqualTo("soporte");
        assertThat(page.getMonth()).isEqualTo("2026-10");
        assertThat(figures.asked).containsExactly("soporte 2026-10");
    }

    @Test
    void theTeamAndMonthOfTheAddressAreKept() {
        browser.teams = List.of(new TeamView("soporte", "Soporte"), new TeamView("ventas", "Ventas"));

        DashboardPage page = new DashboardPage();
        wire(page);
        page.setTeam("ventas");
        page.setMonth("2026-09");
        page.load();

        assertThat(figures.asked).containsExactly("ventas 2026-09");
    }

    @Test
    void aViewerWithoutTeamsGetsNoReport() {
        DashboardPage page = page();

        assertThat(page.getTeam()).isNull();
        assertThat(page.getReport()).isNull();
        assertThat(figures.asked).isEmpty();
    }

    private DashboardPage page() {
        DashboardPage page = new DashboardPage();
        wire(page);
        page.load();
        return page;
    }

    private void wire(DashboardPage page) {
        page.current = PortalFakes.signedIn(MANAGER_SOPORTE);
        page.browser = browser;
        page.figures = figures;
        page.formats = PortalFakes.formats();
    }

    private static EvaluationSummary latest(Instant startedAt) {
        return new EvaluationSummary(
                70,
                7,
                "wh-7",
                "ag-lucia",
                "Lucía",
                "soporte",
                startedAt,
                "closed",
                90,
                false,
                "towebs-2026.1",
                false,
                0);
    }

    /** Figures that record which team and month were asked for, and have none. */
    private static final class AskedFigures extends Figures {
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<TeamMonthReport> team(Viewer viewer, String team, YearMonth month) {
            asked.add(team + " " + month);
            return Optional.empty();
        }
    }
}
