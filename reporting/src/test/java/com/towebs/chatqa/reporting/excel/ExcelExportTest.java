package com.towebs.chatqa.reporting.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.reporting.model.AgentMonthSummary;
import com.towebs.chatqa.reporting.model.CriterionPassRate;
import com.towebs.chatqa.reporting.model.EvaluationRow;
import com.towebs.chatqa.reporting.model.ExportFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelExportTest {

    private static final Locale ES_AR = Locale.forLanguageTag("es-AR");
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Ver\")";

    private static final ExportFilter FILTER =
            new ExportFilter(YearMonth.of(2025, 5), YearMonth.of(2025, 6), "team-soporte", null);

    private static final List<AgentMonthSummary> SUMMARIES = List.of(
            new AgentMonthSummary(
                    YearMonth.of(2025, 5),
                    "a1",
                    "María González",
                    "team-soporte",
                    "Soporte técnico",
                    40,
                    82.5,
                    0.05,
                    null,
                    CriterionId.EMPATHY),
            new AgentMonthSummary(
                    YearMonth.of(2025, 6),
                    "a1",
                    "María González",
                    "team-soporte",
                    "Soporte técnico",
                    38,
                    85.0,
                    0.0,
                    2.5,
                    null),
            new AgentMonthSummary(
                    YearMonth.of(2025, 6),
                    "a2",
                    "-5",
                    "team-soporte",
                    "+Equipo",
                    12,
                    70.0,
                    0.25,
                    -4.0,
                    CriterionId.SPELLING));

    private static final List<CriterionPassRate> PASS_RATES = List.of(
            new CriterionPassRate(CriterionId.GREETING, 90, 80, 6, 4),
            new CriterionPassRate(CriterionId.HOLD_NOTICE, 0, 0, 0, 0));

    private static List<EvaluationRow> evaluations() {
        Map<CriterionId, Verdict> verdicts = new EnumMap<>(CriterionId.class);
        verdicts.put(CriterionId.GREETING, Verdict.MET);
        verdicts.put(CriterionId.EMPATHY, Verdict.NOT_MET);
        verdicts.put(CriterionId.SPELLING, Verdict.PARTIAL);
        return List.of(
                new EvaluationRow(
                        LocalDate.of(2025, 5, 14),
                        "chat-001",
                        "livechat",
                        "a1",
                        "María González",
                        "team-soporte",
                        "Soporte técnico",
                        "closed",
                        "2025.1",
                        87.5,
                        false,
                        "Cliente frecuente",
                        verdicts),
                new EvaluationRow(
                        LocalDate.of(2025, 6, 2),
                        HYPERLINK,
                        "livechat",
                        "a2",
                        "-5",
                        "team-soporte",
                        "@equipo",
                        "open",
                        "2025.1",
                        -5.0,
                        true,
                        "\t=1+1",
                        Map.of()),
                new EvaluationRow(
                        LocalDate.of(2025, 6, 3),
                        "chat-003",
                        "livechat",
                        "a3",
                        null,
                        "team-soporte",
                        null,
                        "closed",
                        "2025.1",
                        0.0,
                        false,
                        null,
                        Map.of(CriterionId.TICKET, Verdict.NOT_APPLICABLE)));
    }

    @Test
    void namesTheSheetsInSpanishByDefault() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Resumen por agente", "Criterios", "Evaluaciones", "Filtro");
        }
    }

    @Test
    void fallsBackToSpanishForOtherLocalesEvenWhenTheMachineSpeaksEnglish() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try (XSSFWorkbook workbook = export(Locale.FRANCE)) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Resumen por agente", "Criterios", "Evaluaciones", "Filtro");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void namesTheSheetsInEnglishForAnEnglishLocale() throws IOException {
        try (XSSFWorkbook workbook = export(Locale.UK)) {
            assertThat(sheetNames(workbook)).containsExactly("Summary by agent", "Criteria", "Evaluations", "Filter");
        }
    }

    @Test
    void writesSpanishHeaders() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0)))
                    .containsExactly(
                            "Mes",
                            "Agente",
                            "Equipo",
                            "Chats",
                            "Puntaje promedio",
                            "% con falla crítica",
                            "Variación vs. mes anterior",
                            "Criterio más débil");
            assertThat(texts(workbook.getSheetAt(1).getRow(0)))
                    .containsExactly("Criterio", "Evaluados", "Cumple", "Parcial", "No cumple", "Tasa de cumplimiento");
            assertThat(texts(workbook.getSheetAt(2).getRow(0)))
                    .containsExactly(
                            "Fecha",
                            "ID de chat",
                            "Agente",
                            "Equipo",
                            "Estado",
                            "Versión de rúbrica",
                            "Puntaje",
                            "Falla crítica",
                            "Perfil del cliente",
                            "Saludo",
                            "Parafraseo",
                            "Aviso de espera",
                            "Seguimiento de la espera",
                            "Explicación",
                            "Ticket",
                            "Ofrecimiento de más ayuda",
                            "Diagnóstico",
                            "Agradecimiento al cliente",
                            "Cortesía",
                            "Empatía",
                            "Lenguaje claro",
                            "Ortografía");
        }
    }

    @Test
    void writesEnglishHeaders() throws IOException {
        try (XSSFWorkbook workbook = export(Locale.ENGLISH)) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0)))
                    .containsExactly(
                            "Month",
                            "Agent",
                            "Team",
                            "Chats",
                            "Average score",
                            "Critical failure share",
                            "Change vs previous month",
                            "Weakest criterion");
            assertThat(texts(workbook.getSheetAt(1).getRow(0)))
                    .containsExactly("Criterion", "Assessed", "Met", "Partial", "Not met", "Pass rate");
            assertThat(texts(workbook.getSheetAt(2).getRow(0)))
                    .startsWith(
                            "Date",
                            "Chat ID",
                            "Agent",
                            "Team",
                            "Status",
                            "Rubric version",
                            "Score",
                            "Critical failure",
                            "Customer profile",
                            "Greeting");
            assertThat(texts(workbook.getSheetAt(2).getRow(0))).hasSize(9 + CriterionId.values().length);
        }
    }

    @Test
    void everySheetHasABoldFrozenHeaderAndAnAutofilterOverItsData() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            assertFrozenBoldHeaderWithFilter(workbook.getSheetAt(0), "A1:H4");
            assertFrozenBoldHeaderWithFilter(workbook.getSheetAt(1), "A1:F3");
            assertFrozenBoldHeaderWithFilter(workbook.getSheetAt(2), "A1:V4");
        }
    }

    @Test
    void givesEveryColumnAFixedWidth() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            XSSFSheet evaluations = workbook.getSheetAt(2);
            for (int column = 0; column < 22; column++) {
                assertThat(evaluations.getColumnWidth(column))
                        .as("column %d", column)
                        .isGreaterThan(8 * 256);
            }
        }
    }

    @Test
    void writesTheSummaryWithRealNumbersAndMonthDates() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertDate(row.getCell(0), LocalDate.of(2025, 5, 1));
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("María González");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Soporte técnico");
            assertNumber(row.getCell(3), 40, "#,##0");
            assertNumber(row.getCell(4), 82.5, "0.0");
            assertNumber(row.getCell(5), 0.05, "0.0%");
            assertThat(row.getCell(6)).as("no previous month").isNull();
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Empatía");

            Row next = workbook.getSheetAt(0).getRow(2);
            assertThat(next.getCell(6).getNumericCellValue()).isEqualTo(2.5);
            assertThat(next.getCell(7)).as("nothing assessed").isNull();
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(SUMMARIES.size());
        }
    }

    @Test
    void writesPassRatesAsPercentagesAndLeavesUnassessedOnesBlank() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            Row greeting = workbook.getSheetAt(1).getRow(1);
            assertThat(greeting.getCell(0).getStringCellValue()).isEqualTo("Saludo");
            assertNumber(greeting.getCell(1), 90, "#,##0");
            assertNumber(greeting.getCell(2), 80, "#,##0");
            assertNumber(greeting.getCell(3), 6, "#,##0");
            assertNumber(greeting.getCell(4), 4, "#,##0");
            assertNumber(greeting.getCell(5), 83.0 / 90, "0.0%");

            Row holdNotice = workbook.getSheetAt(1).getRow(2);
            assertThat(holdNotice.getCell(0).getStringCellValue()).isEqualTo("Aviso de espera");
            assertThat(holdNotice.getCell(5)).isNull();
        }
    }

    @Test
    void writesOneRowPerEvaluationWithRealTypes() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            XSSFSheet sheet = workbook.getSheetAt(2);
            assertThat(sheet.getLastRowNum()).isEqualTo(evaluations().size());

            Row row = sheet.getRow(1);
            assertDate(row.getCell(0), LocalDate.of(2025, 5, 14));
            assertThat(List.of(1, 2, 3, 4, 5))
                    .map(column -> row.getCell(column).getStringCellValue())
                    .containsExactly("chat-001", "María González", "Soporte técnico", "Cerrado", "2025.1");
            assertNumber(row.getCell(6), 87.5, "0.0");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(row.getCell(7).getBooleanCellValue()).isFalse();
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Cliente frecuente");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Cumple");
            assertThat(row.getCell(10)).as("criterion not applied").isNull();
            assertThat(row.getCell(9 + CriterionId.EMPATHY.ordinal()).getStringCellValue())
                    .isEqualTo("No cumple");
            assertThat(row.getCell(9 + CriterionId.SPELLING.ordinal()).getStringCellValue())
                    .isEqualTo("Parcial");

            Row third = sheet.getRow(3);
            assertThat(third.getCell(2).getStringCellValue())
                    .as("agent id when the name is missing")
                    .isEqualTo("a3");
            assertThat(third.getCell(3).getStringCellValue()).isEqualTo("team-soporte");
            assertThat(third.getCell(8)).isNull();
            assertThat(third.getCell(9 + CriterionId.TICKET.ordinal()).getStringCellValue())
                    .isEqualTo("No aplica");
        }
    }

    @Test
    void localisesVerdictsAndStatusInEnglish() throws IOException {
        try (XSSFWorkbook workbook = export(Locale.ENGLISH)) {
            Row row = workbook.getSheetAt(2).getRow(1);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Closed");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Met");
            assertThat(row.getCell(9 + CriterionId.EMPATHY.ordinal()).getStringCellValue())
                    .isEqualTo("Not met");
            assertThat(workbook.getSheetAt(2)
                            .getRow(3)
                            .getCell(9 + CriterionId.TICKET.ordinal())
                            .getStringCellValue())
                    .isEqualTo("N/A");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getStringCellValue())
                    .isEqualTo("Empathy");
        }
    }

    @Test
    void neutralisesTextThatLooksLikeAFormula() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            Row row = workbook.getSheetAt(2).getRow(2);
            assertString(row.getCell(1), "'" + HYPERLINK);
            assertString(row.getCell(2), "'-5");
            assertString(row.getCell(3), "'@equipo");
            assertString(row.getCell(8), "'\t=1+1");

            Row summary = workbook.getSheetAt(0).getRow(3);
            assertString(summary.getCell(1), "'-5");
            assertString(summary.getCell(2), "'+Equipo");
        }
    }

    @Test
    void leavesNegativeNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            assertNumber(workbook.getSheetAt(2).getRow(2).getCell(6), -5.0, "0.0");
            assertNumber(workbook.getSheetAt(0).getRow(3).getCell(6), -4.0, "+0.0;-0.0;0.0");
        }
    }

    @Test
    void noFormulaCellAnywhere() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                for (Row row : workbook.getSheetAt(s)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void statesTheFilterOnItsOwnSheet() throws IOException {
        try (XSSFWorkbook workbook = export(ES_AR)) {
            XSSFSheet filter = workbook.getSheet("Filtro");
            assertThat(filter.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Desde");
            assertDate(filter.getRow(0).getCell(1), LocalDate.of(2025, 5, 1));
            assertDate(filter.getRow(1).getCell(1), LocalDate.of(2025, 6, 1));
            assertThat(texts(filter.getRow(2))).containsExactly("Equipo", "team-soporte");
            assertThat(texts(filter.getRow(3))).containsExactly("Agente", "Todos");
            assertThat(filter.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void writesAnEmptyExportWithHeadersOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExport().write(FILTER, List.of(), List.of(), Stream.<EvaluationRow>empty(), ES_AR, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isZero();
            assertFrozenBoldHeaderWithFilter(workbook.getSheetAt(2), "A1:V1");
        }
    }

    @Test
    void continuesOnANewSheetWhenOneIsFull() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 4 rows per sheet: a header and 3 evaluations
        new ExcelExport(4).write(FILTER, SUMMARIES, PASS_RATES, new GeneratedRows(7), ES_AR, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(sheetNames(workbook))
                    .containsExactly(
                            "Resumen por agente",
                            "Criterios",
                            "Evaluaciones",
                            "Evaluaciones (2)",
                            "Evaluaciones (3)",
                            "Filtro");
            assertFrozenBoldHeaderWithFilter(workbook.getSheetAt(2), "A1:V4");
            assertFrozenBoldHeaderWithFilter(workbook.getSheetAt(3), "A1:V4");
            assertFrozenBoldHeaderWithFilter(workbook.getSheetAt(4), "A1:V2");
            assertThat(workbook.getSheetAt(3).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("chat-1000003");
            assertThat(workbook.getSheet("Filtro").getRow(4).getCell(1).getNumericCellValue())
                    .isEqualTo(7);
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new ExcelExport().write(FILTER, SUMMARIES, PASS_RATES, evaluations().iterator(), ES_AR, out);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.size()).isPositive();
    }

    @Test
    void leavesNoTemporaryFilesBehind(@TempDir Path dir) throws IOException {
        long[] filesWhileWriting = {-1};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (filesWhileWriting[0] < 0) {
                    filesWhileWriting[0] = regularFiles(dir);
                }
            }
        };
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        try {
            new ExcelExport().write(FILTER, SUMMARIES, PASS_RATES, new GeneratedRows(1_000), ES_AR, out);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }

        assertThat(filesWhileWriting[0]).as("temporary files while writing").isPositive();
        assertThat(regularFiles(dir)).isZero();
    }

    private static long regularFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static XSSFWorkbook export(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExport().write(FILTER, SUMMARIES, PASS_RATES, evaluations().iterator(), locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static void assertFrozenBoldHeaderWithFilter(XSSFSheet sheet, String filterRange) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("%s has a pane", sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as("frozen rows").isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).as("frozen columns").isZero();
        assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                .as("%s has an autofilter", sheet.getSheetName())
                .isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(filterRange);
        for (Cell cell : sheet.getRow(0)) {
            assertThat(sheet.getWorkbook()
                            .getFontAt(cell.getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
        }
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(expected, LocalTime.MIDNIGHT));
    }

    private static void assertNumber(Cell cell, double expected, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isCloseTo(expected, Offset.offset(1e-9));
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
        assertThat(DateUtil.isCellDateFormatted(cell)).isFalse();
    }

    private static void assertString(Cell cell, String expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
    }
}
