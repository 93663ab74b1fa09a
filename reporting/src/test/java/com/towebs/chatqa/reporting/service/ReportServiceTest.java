package com.towebs.chatqa.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.reporting.excel.ExcelExport;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.pdf.PdfReports;
import com.towebs.chatqa.reporting.warehouse.DataSourceTransactions;
import com.towebs.chatqa.reporting.warehouse.OperationalData;
import com.towebs.chatqa.reporting.warehouse.WarehouseLoader;
import com.towebs.chatqa.reporting.warehouse.WarehouseQueries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportServiceTest {

    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aClosedMonthsReportIsGeneratedOnceAndServedTheSameLater(TestDatabase database) throws IOException {
        try (OperationalData data = new OperationalData(database)) {
            data.put(
                    OperationalData.chat("c-1", Instant.parse("2026-10-03T14:00:00Z"), "lucia", "hosting", 8),
                    OperationalData.chat("c-2", Instant.parse("2026-10-09T14:00:00Z"), "mario", "hosting", 3),
                    OperationalData.chat("c-3", Instant.parse("2026-11-01T14:00:00Z"), "mario", "hosting", 8));
            DataSourceTransactions tx = new DataSourceTransactions(data.dataSource);
            WarehouseLoader loader = new WarehouseLoader(tx, BUENOS_AIRES, OperationalData.CLOCK);
            loader.load();
            ReportService reports = new ReportService(
                    tx,
                    new WarehouseQueries(tx),
                    new PdfReports(),
                    new ExcelExport(),
                    OperationalData.CLOCK,
                    BUENOS_AIRES);

            assertThat(reports.archive(OCTOBER)).isEqualTo(3); // one team, two agents
            assertThat(reports.archive(OCTOBER)).isZero();
            byte[] first = reports.teamReport("hosting", OCTOBER, PdfReports.DEFAULT_LOCALE)
                    .orElseThrow();
            try (var document = Loader.loadPDF(first)) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("hosting", "2026")
                        .containsIgnoringCase("octubre");
            }

            // a late chat for October changes the warehouse, not the document already handed out
            data.put(OperationalData.chat("c-4", Instant.parse("2026-10-20T14:00:00Z"), "lucia", "hosting", 5));
            loader.load();
            assertThat(reports.teamReport("hosting", OCTOBER, PdfReports.DEFAULT_LOCALE)
                            .orElseThrow())
                    .isEqualTo(first);
            assertThat(reports.teamReport("hosting", YearMonth.of(2026, 11), Locale.ENGLISH))
                    .isPresent();
            assertThat(reports.teamReport("nobody", OCTOBER, Locale.ENGLISH)).isEmpty();
            assertThat(reports.closed(YearMonth.of(2026, 11))).isFalse();

            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            reports.export(new ExportFilter(OCTOBER, YearMonth.of(2026, 11), "hosting", null), Locale.ENGLISH, xlsx);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
                assertThat(workbook.getSheet("Evaluations").getLastRowNum()).isEqualTo(4);
            }
        }
    }
}
