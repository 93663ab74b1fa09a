package com.towebs.chatqa.reporting.pdf;

import com.towebs.chatqa.reporting.model.TeamMonthReport;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long the team PDF of a large team takes: 40 agents, 10,000 chats in the month (aggregated: 40 rows,
 * 13 criteria, 6 months, 10 notable chats). Cold is the first report of the JVM (template load, fonts, chart
 * classes); warm is the median of the following ones. Goal: warm under 3 s.
 * Run from the repository root:
 * <pre>
 * ./mvnw -q -o -pl reporting test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * (cd reporting &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     com.towebs.chatqa.reporting.pdf.PdfReportBench 10)
 * </pre>
 */
public final class PdfReportBench {

    private PdfReportBench() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Locale locale = PdfReports.DEFAULT_LOCALE;
        TeamMonthReport report = ReportFixtures.largeTeam();

        long start = System.nanoTime();
        PdfReports reports = new PdfReports();
        byte[] first = reports.team(report, locale);
        double cold = seconds(start);

        double[] warm = new double[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            size = reports.team(report, locale).length;
            warm[i] = seconds(t);
        }
        Arrays.sort(warm);
        System.out.printf(
                Locale.ROOT,
                "team PDF, %d agents, %,d chats: %d KB%n",
                report.agents().size(),
                report.chats(),
                first.length / 1024);
        System.out.printf(Locale.ROOT, "cold (load templates + first render): %.3f s%n", cold);
        System.out.printf(
                Locale.ROOT,
                "warm over %d runs: median %.3f s, min %.3f s, max %.3f s (%d KB)%n",
                runs,
                warm[runs / 2],
                warm[0],
                warm[runs - 1],
                size / 1024);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
