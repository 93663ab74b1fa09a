package com.towebs.chatqa.reporting.server;

import com.towebs.chatqa.reporting.excel.ExcelExport;
import com.towebs.chatqa.reporting.pdf.PdfReports;
import com.towebs.chatqa.reporting.service.ReportService;
import com.towebs.chatqa.reporting.warehouse.SqlTransactions;
import com.towebs.chatqa.reporting.warehouse.WarehouseLoader;
import com.towebs.chatqa.reporting.warehouse.WarehouseQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the plain reporting classes into the server, one instance each, on the container's transactions. The
 * classes know nothing of CDI, so the tests build them the same way by hand.
 */
@ApplicationScoped
public class ReportingComponents {

    @EJB
    SqlTransactions transactions;

    /** ToWebs' time zone: a chat belongs to the day and month it started there. */
    @Inject
    @ConfigProperty(name = "chatqa.timezone", defaultValue = "America/Argentina/Buenos_Aires")
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
