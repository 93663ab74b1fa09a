package com.towebs.chatqa.reporting.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.reporting.model.ExportFilter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** A large export, read back with POI's streaming reader: a DOM of 200,000 rows would not fit a test's heap. */
class ExcelExportLargeTest {

    private static final int ROWS = 200_000;

    @Test
    // Takes about 10 s (write and read back) on a busy 2-core machine; the limit catches a slow path coming back,
    // like SXSSF's per-cell column style look-up, not the odd slow run.
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void writesEveryRowOfALargeExport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ExcelExport()
                    .write(
                            new ExportFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 12), null, null),
                            List.of(),
                            List.of(),
                            new GeneratedRows(ROWS),
                            Locale.forLanguageTag("es-AR"),
                            out);
        }

        List<Integer> rowsPerSheet = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    RowCounter counter = new RowCounter();
                    factory.newSAXParser().parse(new InputSource(sheet), counter);
                    rowsPerSheet.add(counter.rows);
                }
            }
        }
        // summary (header only), criteria (header only), evaluations (header + rows), filter (5 lines)
        assertThat(rowsPerSheet).containsExactly(1, 1, ROWS + 1, 5);
    }

    private static final class RowCounter extends DefaultHandler {
        int rows;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("row".equals(localName)) {
                rows++;
            }
        }
    }
}
