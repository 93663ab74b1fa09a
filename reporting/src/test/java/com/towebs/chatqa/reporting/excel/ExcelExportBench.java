package com.towebs.chatqa.reporting.excel;

import com.towebs.chatqa.reporting.model.EvaluationRow;
import com.towebs.chatqa.reporting.model.ExportFilter;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Writes N generated evaluation rows (default 1,000,000) to a temporary xlsx and prints the time, the file size,
 * the heap in use after a GC every 100,000 rows (flat when streaming works) and the peak heap. From the repository
 * root, after {@code ./mvnw -q -o -pl reporting test-compile}:
 * <pre>
 * ./mvnw -q -o -pl reporting dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 * java -Xmx512m -cp reporting/target/test-classes:reporting/target/classes:$(cat reporting/target/bench.classpath) \
 *     com.towebs.chatqa.reporting.excel.ExcelExportBench 1000000
 * </pre>
 * The timed run includes the ten forced GCs of the sampling.
 */
public final class ExcelExportBench {

    private static final int SAMPLE_EVERY = 100_000;

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path file = Files.createTempFile("chatqa-export-bench", ".xlsx");
        System.out.printf(
                "max heap %d MB, writing %,d rows to %s%n", Runtime.getRuntime().maxMemory() >> 20, rows, file);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new ExcelExport()
                    .write(
                            new ExportFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 12), null, null),
                            List.of(),
                            List.of(),
                            new Sampling(new GeneratedRows(rows)),
                            Locale.forLanguageTag("es-AR"),
                            out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "%,d rows in %.1f s (%,.0f rows/s), file %d MB, peak heap %d MB (sum of pool peaks)%n",
                rows, seconds, rows / seconds, Files.size(file) >> 20, peak >> 20);
        Files.delete(file);
    }

    /** Passes the rows through, printing the heap in use after a GC every {@value #SAMPLE_EVERY} rows. */
    private record Sampling(Iterator<EvaluationRow> rows, long[] seen) implements Iterator<EvaluationRow> {
        Sampling(Iterator<EvaluationRow> rows) {
            this(rows, new long[1]);
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public EvaluationRow next() {
            if (++seen[0] % SAMPLE_EVERY == 0) {
                System.gc();
                System.out.printf(
                        "  %,9d rows: heap in use after GC %d MB%n",
                        seen[0],
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
            }
            return rows.next();
        }
    }
}
