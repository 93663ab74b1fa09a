package com.towebs.chatqa.reporting.service;

import com.towebs.chatqa.reporting.excel.ExcelExport;
import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.AgentMonthSummary;
import com.towebs.chatqa.reporting.model.EvaluationRow;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import com.towebs.chatqa.reporting.pdf.PdfReports;
import com.towebs.chatqa.reporting.warehouse.SqlTransactions;
import com.towebs.chatqa.reporting.warehouse.WarehouseQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * What reporting offers the rest of the product: the figures of a team's or an agent's month, and the documents
 * people download: monthly PDFs per team and per agent, and the Excel export. A month that has
 * closed is archived: its report is generated once (by {@link #archive(YearMonth)} or the first download) and the
 * same bytes are served afterwards; the current month is always generated afresh. Who may see what is decided by
 * the caller (the web layer's authorisation), never here.
 */
public final class ReportService {

    public enum Kind {
        TEAM,
        AGENT
    }

    private final SqlTransactions transactions;
    private final WarehouseQueries queries;
    private final PdfReports pdf;
    private final ExcelExport excel;
    private final Clock clock;
    private final ZoneId zone;

    public ReportService(
            SqlTransactions transactions,
            WarehouseQueries queries,
            PdfReports pdf,
            ExcelExport excel,
            Clock clock,
            ZoneId zone) {
        this.transactions = transactions;
        this.queries = queries;
        this.pdf = pdf;
        this.excel = excel;
        this.clock = clock;
        this.zone = zone;
    }

    /** The figures of the team's month (what its dashboard shows), or empty when the team had no evaluated chat then. */
    public Optional<TeamMonthReport> teamFigures(String teamId, YearMonth month) {
        return queries.teamMonth(teamId, month);
    }

    /** The figures of the agent's month, or empty when the agent had no evaluated chat then. */
    public Optional<AgentMonthReport> agentFigures(String agentId, YearMonth month) {
        return queries.agentMonth(agentId, month);
    }

    /** The team's report for the month, or empty when the team had no evaluated chat then. */
    public Optional<byte[]> teamReport(String teamId, YearMonth month, Locale locale) {
        return report(
                Kind.TEAM,
                teamId,
                month,
                locale,
                () -> queries.teamMonth(teamId, month).map(report -> pdf.team(report, locale)));
    }

    /** The agent's report for the month, or empty when the agent had no evaluated chat then. */
    public Optional<byte[]> agentReport(String agentId, YearMonth month, Locale locale) {
        return report(
                Kind.AGENT,
                agentId,
                month,
                locale,
                () -> queries.agentMonth(agentId, month).map(report -> pdf.agent(report, locale)));
    }

    /** Writes the Excel export of the filter's evaluations to {@code out}, streaming. */
    public void export(ExportFilter filter, Locale locale, OutputStream out) {
        export(filter, locale, out, rows -> {});
    }

    /**
     * The export, telling {@code rowsWritten} how many evaluation rows went into the workbook so far (every
     * {@value #PROGRESS_STEP} rows and at the end), for a progress bar.
     */
    public void export(ExportFilter filter, Locale locale, OutputStream out, IntConsumer rowsWritten) {
        var summaries = queries.agentSummaries(filter);
        var passRates = queries.passRates(filter);
        queries.withEvaluations(filter, rows -> {
            try {
                excel.write(filter, summaries, passRates, new Counting(rows, rowsWritten), locale, out);
            } catch (IOException e) {
                throw new UncheckedIOException("the export could not be written", e);
            }
            return null;
        });
    }

    /** How many evaluation rows an export of {@code filter} holds: one per evaluated chat of the period. */
    public long exportRows(ExportFilter filter) {
        return queries.agentSummaries(filter).stream()
                .mapToLong(AgentMonthSummary::chats)
                .sum();
    }

    private static final int PROGRESS_STEP = 500;

    /** Counts the rows as the workbook takes them. */
    private static final class Counting implements Iterator<EvaluationRow> {
        private final Iterator<EvaluationRow> rows;
        private final IntConsumer progress;
        private int count;

        Counting(Iterator<EvaluationRow> rows, IntConsumer progress) {
            this.rows = rows;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            boolean more = rows.hasNext();
            if (!more) {
                progress.accept(count);
            }
            return more;
        }

        @Override
        public EvaluationRow next() {
            EvaluationRow row = rows.next();
            if (++count % PROGRESS_STEP == 0) {
                progress.accept(count);
            }
            return row;
        }
    }

    /** Generates and keeps every team and agent report of a closed month not archived yet; returns how many. */
    public int archive(YearMonth month) {
        if (!closed(month)) {
            throw new IllegalArgumentException(month + " has not closed yet");
        }
        int generated = 0;
        for (String team : queries.teamsWithChats(month)) {
            if (archived(Kind.TEAM, team, month, PdfReports.DEFAULT_LOCALE).isEmpty()) {
                teamReport(team, month, PdfReports.DEFAULT_LOCALE);
                generated++;
            }
        }
        for (String agent : queries.agentsWithChats(month)) {
            if (archived(Kind.AGENT, agent, month, PdfReports.DEFAULT_LOCALE).isEmpty()) {
                agentReport(agent, month, PdfReports.DEFAULT_LOCALE);
                generated++;
            }
        }
        return generated;
    }

    /** True once the month is over in ToWebs' time zone. */
    public boolean closed(YearMonth month) {
        return month.isBefore(YearMonth.now(clock.withZone(zone)));
    }

    private Optional<byte[]> report(
            Kind kind, String subject, YearMonth month, Locale locale, Supplier<Optional<byte[]>> generate) {
        Locale language = locale == null ? PdfReports.DEFAULT_LOCALE : locale;
        if (!closed(month)) {
            return generate.get();
        }
        Optional<byte[]> kept = archived(kind, subject, month, language);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<byte[]> made = generate.get();
        made.ifPresent(bytes -> keep(kind, subject, month, language, bytes));
        return made.isPresent() ? archived(kind, subject, month, language) : made;
    }

    private Optional<byte[]> archived(Kind kind, String subject, YearMonth month, Locale language) {
        return transactions.inTransaction(connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement("select pdf from report_archive where report_kind = ?"
                            + " and subject_id = ? and period = ? and language = ?")) {
                query.setString(1, kind.name());
                query.setString(2, subject);
                query.setString(3, month.toString());
                query.setString(4, language.toLanguageTag());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** Keeps the first document generated: if two downloads race, the later insert finds the row and gives way. */
    private void keep(Kind kind, String subject, YearMonth month, Locale language, byte[] bytes) {
        transactions.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into report_archive (report_kind, subject_id,"
                            + " period, language, pdf, generated_at) select ?, ?, ?, ?, ?, ? where not exists (select 1 from"
                            + " report_archive where report_kind = ? and subject_id = ? and period = ? and language = ?)")) {
                insert.setString(1, kind.name());
                insert.setString(2, subject);
                insert.setString(3, month.toString());
                insert.setString(4, language.toLanguageTag());
                insert.setBytes(5, bytes);
                insert.setTimestamp(6, Timestamp.from(clock.instant()));
                insert.setString(7, kind.name());
                insert.setString(8, subject);
                insert.setString(9, month.toString());
                insert.setString(10, language.toLanguageTag());
                return insert.executeUpdate();
            }
        });
    }
}
