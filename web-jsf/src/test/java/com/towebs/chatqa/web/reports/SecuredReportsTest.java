package com.towebs.chatqa.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.EvaluationBrowser;
import com.towebs.chatqa.operations.review.ReviewViews.AgentView;
import com.towebs.chatqa.reporting.excel.ExcelExport;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.pdf.PdfReports;
import com.towebs.chatqa.reporting.service.ReportService;
import com.towebs.chatqa.reporting.warehouse.SqlTransactions;
import com.towebs.chatqa.reporting.warehouse.WarehouseQueries;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document rules, with viewers as the identity provider would vouch for them and a warehouse that has no data:
 * an allowed request reaches the warehouse and finds nothing (the 404 of the servlet and the API), a refused one
 * is AccessDenied (403) before the warehouse is asked anything.
 */
class SecuredReportsTest {

    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");
    // an open month, generated afresh: no archive to consult
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final Locale SPANISH = Locale.forLanguageTag("es-AR");

    private static final Viewer LUCIA = viewer("lucia", Set.of(Role.AGENT), "ag-lucia", Set.of("soporte"));
    private static final Viewer PEDRO = viewer("pedro", Set.of(Role.AGENT), "ag-pedro", Set.of("soporte"));
    private static final Viewer MANAGER_SOPORTE = viewer("marta", Set.of(Role.MANAGER), null, Set.of("soporte"));
    private static final Viewer MANAGER_VENTAS = viewer("victor", Set.of(Role.MANAGER), null, Set.of("ventas"));
    private static final Viewer HR = viewer("helena", Set.of(Role.HR), null, Set.of());
    private static final Viewer QA = viewer("quique", Set.of(Role.QA_ADMIN), null, Set.of());
    // a member of the team's group without the manager role reads nothing of it
    private static final Viewer ROLELESS_MEMBER = viewer("nadie", Set.of(), null, Set.of("soporte"));

    private final CountingTransactions warehouse = new CountingTransactions();
    private SecuredReports reports;

    @BeforeEach
    void wire() {
        reports = new SecuredReports();
        reports.reports = new ReportService(
                warehouse,
                new WarehouseQueries(warehouse),
                new PdfReports(),
                new ExcelExport(),
                Clock.fixed(Instant.parse("2026-11-15T15:00:00Z"), BUENOS_AIRES),
                BUENOS_AIRES);
        // lucía has chats in soporte; pedro moved from ventas to soporte, so he is listed once per team
        reports.browser = new RosterBrowser(List.of(
                new AgentView("ag-lucia", "Lucía", "soporte"),
                new AgentView("ag-pedro", "Pedro", "ventas"),
                new AgentView("ag-pedro", "Pedro", "soporte")));
    }

    @Test
    void aTeamReportGoesToTheTeamsManagersHrAndQa() {
        for (Viewer allowed : List.of(MANAGER_SOPORTE, HR, QA)) {
            assertThat(reports.teamPdf(allowed, "soporte", MONTH, SPANISH))
                    .as(allowed.username())
                    .isEmpty();
        }
        assertThat(warehouse.calls).isEqualTo(3);
    }

    @Test
    void aTeamReportIsRefusedToAgentsOtherManagersAndMereMembers() {
        for (Viewer refused : List.of(LUCIA, MANAGER_VENTAS, ROLELESS_MEMBER)) {
            assertThatThrownBy(() -> reports.teamPdf(refused, "soporte", MONTH, SPANISH))
                    .as(refused.username())
                    .isInstanceOf(AccessDenied.class);
        }
        assertThat(warehouse.calls).isZero();
    }

    @Test
    void anAgentReadsTheirOwnReportButNotAColleagues() {
        assertThat(reports.agentPdf(LUCIA, "ag-lucia", MONTH, SPANISH)).isEmpty();

        assertThatThrownBy(() -> reports.agentPdf(PEDRO, "ag-lucia", MONTH, SPANISH))
                .isInstanceOf(AccessDenied.class);
        assertThat(warehouse.calls).isEqualTo(1);
    }

    @Test
    void anAgentsReportGoesToTheManagersOfEveryTeamTheAgentHasChatsIn() {
        assertThat(reports.agentPdf(MANAGER_SOPORTE, "ag-lucia", MONTH, SPANISH))
                .isEmpty();
        assertThat(reports.agentPdf(MANAGER_SOPORTE, "ag-pedro", MONTH, SPANISH))
                .isEmpty();
        assertThat(reports.agentPdf(MANAGER_VENTAS, "ag-pedro", MONTH, SPANISH)).isEmpty();

        assertThatThrownBy(() -> reports.agentPdf(MANAGER_VENTAS, "ag-lucia", MONTH, SPANISH))
                .isInstanceOf(AccessDenied.class);
        assertThat(warehouse.calls).isEqualTo(3);
    }

    @Test
    void anAgentsReportGoesToHrAndQaEvenForAgentsTheyCannotList() {
        assertThat(reports.agentPdf(HR, "ag-nuevo", MONTH, SPANISH)).isEmpty();
        assertThat(reports.agentPdf(QA, "ag-nuevo", MONTH, SPANISH)).isEmpty();
    }

    @Test
    void anAgentReportIsRefusedToSomeoneWithoutARoleEvenIfTheBrowserListedTheAgent() {
        assertThatThrownBy(() -> reports.agentPdf(ROLELESS_MEMBER, "ag-lucia", MONTH, SPANISH))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reports.agentPdf(MANAGER_SOPORTE, "ag-desconocido", MONTH, SPANISH))
                .isInstanceOf(AccessDenied.class);
        assertThat(warehouse.calls).isZero();
    }

    @Test
    void hrAndQaExportAnyFilter() {
        for (Viewer allowed : List.of(HR, QA)) {
            assertThatCode(() -> reports.requireExport(allowed, filter(null, null)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> reports.requireExport(allowed, filter("ventas", "ag-pedro")))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void managersExportOnlyTheTeamsTheyManage() {
        assertThatCode(() -> reports.requireExport(MANAGER_SOPORTE, filter("soporte", null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> reports.requireExport(MANAGER_SOPORTE, filter("soporte", "ag-lucia")))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> reports.requireExport(MANAGER_SOPORTE, filter("ventas", null)))
                .isInstanceOf(AccessDenied.class);
        // without a team the export would span every team
        assertThatThrownBy(() -> reports.requireExport(MANAGER_SOPORTE, filter(null, null)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reports.requireExport(MANAGER_SOPORTE, filter(null, "ag-lucia")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void agentsExportNothingNotEvenTheirOwnTeam() {
        assertThatThrownBy(() -> reports.requireExport(LUCIA, filter("soporte", "ag-lucia")))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reports.requireExport(ROLELESS_MEMBER, filter("soporte", null)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aRefusedExportWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> reports.export(MANAGER_VENTAS, filter("soporte", null), SPANISH, out, rows -> {}))
                .isInstanceOf(AccessDenied.class);
        assertThat(out.size()).isZero();
        assertThat(warehouse.calls).isZero();
    }

    private static ExportFilter filter(String team, String agent) {
        return new ExportFilter(MONTH.minusMonths(2), MONTH, team, agent);
    }

    private static Viewer viewer(String username, Set<Role> roles, String agentId, Set<String> teams) {
        return new Viewer(
                username,
                username,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                Optional.ofNullable(agentId),
                teams);
    }

    /** A warehouse without data: every query finds nothing. Counts the queries asked. */
    private static final class CountingTransactions implements SqlTransactions {
        int calls;

        @Override
        @SuppressWarnings("unchecked")
        public <T> T inTransaction(SqlWork<T> work) {
            calls++;
            // teamMonth and agentMonth, the only queries a PDF asks of an open month, answer an Optional
            return (T) Optional.empty();
        }
    }

    /** The agents as the browser lists them (the rules are SecuredReports' to apply, not the roster's). */
    private static final class RosterBrowser extends EvaluationBrowser {
        private final List<AgentView> roster;

        RosterBrowser(List<AgentView> roster) {
            this.roster = roster;
        }

        @Override
        public List<AgentView> agents(Viewer viewer, String team) {
            return roster.stream()
                    .filter(agent -> team == null || team.equals(agent.team()))
                    .toList();
        }
    }
}
