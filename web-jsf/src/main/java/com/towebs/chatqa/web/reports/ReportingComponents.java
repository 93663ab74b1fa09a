package com.towebs.chatqa.web.reports;

import com.towebs.chatqa.reporting.excel.ExcelExport;
import com.towebs.chatqa.reporting.pdf.PdfReports;
import com.towebs.chatqa.reporting.service.ReportService;
import com.towebs.chatqa.reporting.warehouse.WarehouseLoader;
import com.towebs.chatqa.reporting.warehouse.WarehouseQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** Wires the plain reporting classes into the server, one instance each, on the JTA transactions. */
@ApplicationScoped
public class ReportingComponents {

    @Inject
    JtaSqlTransactions transactions;

    /** ToWebs' time zone: a chat belongs to the day and month it started there. */
    @Inject
    ZoneId zone;

    @Produces
    @Singleton
    WarehouseLoader warehouseLoader() {
        return new WarehouseLoader(transactions, zone, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ReportService reportService() {
        return new ReportService(
                transactions,
                new WarehouseQueries(transactions),
                new PdfReports(),
                new ExcelExport(),
                Clock.systemUTC(),
                zone);
    }
}
