package com.towebs.chatqa.reporting.excel;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.reporting.model.AgentMonthSummary;
import com.towebs.chatqa.reporting.model.CriterionPassRate;
import com.towebs.chatqa.reporting.model.EvaluationRow;
import com.towebs.chatqa.reporting.model.ExportFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the HR export as one xlsx workbook: "Resumen por agente" (one row per agent and month), "Criterios" (pass
 * rate per criterion), "Evaluaciones" (one row per evaluated chat, one column per criterion) and a small "Filtro"
 * sheet stating what the export covers. Texts are Spanish (es-AR) unless the locale is English.
 *
 * <p>The evaluation rows are streamed: SXSSF keeps only a small window of rows in memory and spills the rest to
 * compressed temporary files, deleted when the workbook is written, so memory stays flat however many rows come.
 * Every text cell is passed through {@link SpreadsheetText#neutralise(String)}. Instances are stateless and
 * thread-safe.
 */
public final class ExcelExport {

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    static final int ROW_WINDOW = 100;

    /**
     * Deflate levels (JDK default is 6). The temporary files are read once and deleted: fastest. The xlsx itself
     * at 3: for 200,000 rows it took 30% less CPU than the default, for a file 19 MB instead of 16 MB.
     */
    private static final int TEMP_FILE_LEVEL = Deflater.BEST_SPEED;

    private static final int OUTPUT_LEVEL = 3;

    private static final String BUNDLE = "com.towebs.chatqa.reporting.excel.messages";
    private static final int WIDTH_UNIT = 256; // Excel column widths are in 1/256 of a character

    private final int maxRowsPerSheet;

    public ExcelExport() {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** Tests use a small sheet size to exercise the overflow into a second evaluations sheet. */
    ExcelExport(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2) {
            throw new IllegalArgumentException("a sheet needs room for its header and one row");
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Writes the workbook to {@code out}, which is flushed but not closed.
     *
     * @param rows consumed once; Excel holds 1,048,575 data rows per sheet, so more continue on
     *             "Evaluaciones (2)" and so on
     */
    public void write(
            ExportFilter filter,
            List<AgentMonthSummary> summaries,
            List<CriterionPassRate> passRates,
            Iterator<EvaluationRow> rows,
            Locale locale,
            OutputStream out)
            throws IOException {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(summaries, "summaries");
        Objects.requireNonNull(passRates, "passRates");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        SXSSFWorkbook workbook = new StreamingWorkbook(ROW_WINDOW, TEMP_FILE_LEVEL, OUTPUT_LEVEL);
        try {
            Job job = new Job(workbook, messages(locale));
            job.summarySheet(summaries);
            job.criteriaSheet(passRates);
            long written = job.evaluationSheets(rows);
            job.filterSheet(filter, written);
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose(); // close() alone leaves the temporary files behind
            workbook.close();
        }
    }

    /** {@link #write(ExportFilter, List, List, Iterator, Locale, OutputStream)} for a stream; it is not closed. */
    public void write(
            ExportFilter filter,
            List<AgentMonthSummary> summaries,
            List<CriterionPassRate> passRates,
            Stream<EvaluationRow> rows,
            Locale locale,
            OutputStream out)
            throws IOException {
        write(filter, summaries, passRates, rows.iterator(), locale, out);
    }

    static ResourceBundle messages(Locale locale) {
        // No fallback to the JVM's default locale: Spanish is the base bundle, English only when asked for.
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** One export: the workbook, its styles (a workbook holds at most 64,000) and the texts looked up once. */
    private final class Job {
        private final SXSSFWorkbook workbook;
        private final ResourceBundle messages;
        private final CellStyle plain;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle month;
        private final CellStyle integer;
        private final CellStyle decimal;
        private final CellStyle signedDecimal;
        private final CellStyle percent;
        private final Map<CriterionId, String> criterionNames = new EnumMap<>(CriterionId.class);
        private final Map<Verdict, String> verdictNames = new EnumMap<>(Verdict.class);
        private final CriterionId[] criteria = CriterionId.values();
        private final String statusOpen;
        private final String statusClosed;

        Job(SXSSFWorkbook workbook, ResourceBundle messages) {
            this.workbook = workbook;
            this.messages = messages;
            DataFormat formats = workbook.createDataFormat();
            // Every cell gets a style: a cell without one makes SXSSF look up its column's default style in the
            // sheet's XML beans, which took 40% of the time of a large export once column widths are set.
            plain = workbook.getCellStyleAt(0);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            date = style(formats, messages.getString("format.date"));
            month = style(formats, messages.getString("format.month"));
            integer = style(formats, "#,##0");
            decimal = style(formats, "0.0");
            signedDecimal = style(formats, "+0.0;-0.0;0.0");
            percent = style(formats, "0.0%");
            for (CriterionId criterion : criteria) {
                criterionNames.put(criterion, messages.getString("criterion." + criterion.name()));
            }
            for (Verdict verdict : Verdict.values()) {
                verdictNames.put(verdict, messages.getString("verdict." + verdict.name()));
            }
            statusOpen = messages.getString("status.open");
            statusClosed = messages.getString("status.closed");
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("ToWebs Chat QA");
        }

        private CellStyle style(DataFormat formats, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(formats.getFormat(format));
            return style;
        }

        void summarySheet(List<AgentMonthSummary> summaries) {
            SXSSFSheet sheet = sheet(
                    messages.getString("sheet.summary"),
                    new String[] {
                        "summary.month",
                        "summary.agent",
                        "summary.team",
                        "summary.chats",
                        "summary.averageScore",
                        "summary.criticalShare",
                        "summary.change",
                        "summary.weakestCriterion"
                    },
                    new int[] {10, 28, 22, 9, 17, 20, 26, 28});
            int index = 1;
            for (AgentMonthSummary summary : summaries) {
                Row row = sheet.createRow(index++);
                month(row, 0, summary.month());
                text(row, 1, firstPresent(summary.agentName(), summary.agentId()));
                text(row, 2, firstPresent(summary.teamName(), summary.teamId()));
                number(row, 3, summary.chats(), integer);
                number(row, 4, summary.averageScore(), decimal);
                number(row, 5, summary.criticalShare(), percent);
                if (summary.changeFromPrevious() != null) {
                    number(row, 6, summary.changeFromPrevious(), signedDecimal);
                }
                if (summary.weakestCriterion() != null) {
                    text(row, 7, criterionNames.get(summary.weakestCriterion()));
                }
            }
            finish(sheet, index - 1, 7);
        }

        void criteriaSheet(List<CriterionPassRate> passRates) {
            SXSSFSheet sheet = sheet(
                    messages.getString("sheet.criteria"),
                    new String[] {
                        "criteria.criterion",
                        "criteria.assessed",
                        "criteria.met",
                        "criteria.partial",
                        "criteria.notMet",
                        "criteria.passRate"
                    },
                    new int[] {28, 12, 12, 12, 12, 22});
            int index = 1;
            for (CriterionPassRate rate : passRates) {
                Row row = sheet.createRow(index++);
                text(row, 0, criterionNames.get(rate.criterion()));
                number(row, 1, rate.assessed(), integer);
                number(row, 2, rate.met(), integer);
                number(row, 3, rate.partial(), integer);
                number(row, 4, rate.notMet(), integer);
                number(row, 5, rate.passRate(), percent); // blank when never assessed (NaN)
            }
            finish(sheet, index - 1, 5);
        }

        long evaluationSheets(Iterator<EvaluationRow> rows) {
            String[] keys = {
                "evaluations.date",
                "evaluations.chatId",
                "evaluations.agent",
                "evaluations.team",
                "evaluations.status",
                "evaluations.rubricVersion",
                "evaluations.score",
                "evaluations.criticalFailure",
                "evaluations.customerProfile"
            };
            String[] headers = new String[keys.length + criteria.length];
            int[] widths = new int[headers.length];
            int[] fixedWidths = {12, 24, 28, 22, 10, 18, 9, 14, 22};
            for (int i = 0; i < keys.length; i++) {
                headers[i] = messages.getString(keys[i]);
                widths[i] = fixedWidths[i];
            }
            for (int i = 0; i < criteria.length; i++) {
                headers[keys.length + i] = criterionNames.get(criteria[i]);
                widths[keys.length + i] = Math.max(12, headers[keys.length + i].length() + 2);
            }
            int lastColumn = headers.length - 1;
            String name = messages.getString("sheet.evaluations");
            int sheetNumber = 1;
            SXSSFSheet sheet = sheetWithHeaders(name, headers, widths);
            int index = 1;
            long written = 0;
            while (rows.hasNext()) {
                EvaluationRow evaluation = rows.next();
                if (index == maxRowsPerSheet) {
                    finish(sheet, index - 1, lastColumn);
                    sheet = sheetWithHeaders(name + " (" + ++sheetNumber + ")", headers, widths);
                    index = 1;
                }
                Row row = sheet.createRow(index++);
                date(row, 0, evaluation.date());
                text(row, 1, evaluation.chatId());
                text(row, 2, firstPresent(evaluation.agentName(), evaluation.agentId()));
                text(row, 3, firstPresent(evaluation.teamName(), evaluation.teamId()));
                text(row, 4, status(evaluation.status()));
                text(row, 5, evaluation.rubricVersion());
                number(row, 6, evaluation.score(), decimal);
                Cell critical = row.createCell(7);
                critical.setCellValue(evaluation.criticalFailure());
                critical.setCellStyle(plain);
                text(row, 8, evaluation.customerProfile());
                Map<CriterionId, Verdict> verdicts = evaluation.verdicts();
                for (int i = 0; i < criteria.length; i++) {
                    Verdict verdict = verdicts.get(criteria[i]);
                    if (verdict != null) { // blank: the rubric did not apply the criterion
                        text(row, keys.length + i, verdictNames.get(verdict));
                    }
                }
                written++;
            }
            finish(sheet, index - 1, lastColumn);
            return written;
        }

        void filterSheet(ExportFilter filter, long written) {
            SXSSFSheet sheet = workbook.createSheet(messages.getString("sheet.filter"));
            sheet.setColumnWidth(0, 26 * WIDTH_UNIT);
            sheet.setColumnWidth(1, 28 * WIDTH_UNIT);
            String all = messages.getString("filter.all");
            Row from = labelled(sheet, 0, "filter.from");
            month(from, 1, filter.from());
            Row to = labelled(sheet, 1, "filter.to");
            month(to, 1, filter.to());
            text(labelled(sheet, 2, "filter.team"), 1, firstPresent(filter.teamId(), all));
            text(labelled(sheet, 3, "filter.agent"), 1, firstPresent(filter.agentId(), all));
            number(labelled(sheet, 4, "filter.rows"), 1, written, integer);
        }

        private Row labelled(Sheet sheet, int index, String key) {
            Row row = sheet.createRow(index);
            Cell label = row.createCell(0);
            label.setCellValue(messages.getString(key));
            label.setCellStyle(header);
            return row;
        }

        private SXSSFSheet sheet(String name, String[] headerKeys, int[] widths) {
            String[] headers = new String[headerKeys.length];
            for (int i = 0; i < headerKeys.length; i++) {
                headers[i] = messages.getString(headerKeys[i]);
            }
            return sheetWithHeaders(name, headers, widths);
        }

        private SXSSFSheet sheetWithHeaders(String name, String[] headers, int[] widths) {
            SXSSFSheet sheet = workbook.createSheet(name);
            Row row = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(header);
                // Fixed widths: autoSizeColumn would need every row tracked in memory.
                sheet.setColumnWidth(i, widths[i] * WIDTH_UNIT);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        private void finish(SXSSFSheet sheet, int lastRow, int lastColumn) {
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
        }

        private String status(String status) {
            if ("open".equalsIgnoreCase(status)) {
                return statusOpen;
            }
            if ("closed".equalsIgnoreCase(status)) {
                return statusClosed;
            }
            return status;
        }

        private void text(Row row, int column, String value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(SpreadsheetText.neutralise(value));
                cell.setCellStyle(plain);
            }
        }

        private void number(Row row, int column, double value, CellStyle style) {
            if (Double.isFinite(value)) { // NaN and infinities would corrupt the cell: leave it blank
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(style);
            }
        }

        private void date(Row row, int column, LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(date);
            }
        }

        private void month(Row row, int column, YearMonth value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value.atDay(1));
                cell.setCellStyle(month);
            }
        }
    }

    private static String firstPresent(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
