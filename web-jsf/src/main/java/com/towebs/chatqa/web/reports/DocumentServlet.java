package com.towebs.chatqa.web.reports;

import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.review.NoSuchChat;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's downloads, behind the portal's sign-in ({@code /app/*}): {@code team/<team>/<yyyy-MM>.pdf},
 * {@code agent/<agent>/<yyyy-MM>.pdf} ({@code ?lang=en} for English, else Spanish) and {@code export/<job>.xlsx}.
 * Every rule is {@link SecuredReports}' and {@link ExportJobs}'; this only maps their answers to HTTP.
 */
@WebServlet("/app/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final Pattern REPORT = Pattern.compile("/(team|agent)/([A-Za-z0-9._@-]+)/(\\d{4}-\\d{2})\\.pdf");
    private static final Pattern EXPORT = Pattern.compile("/export/([0-9a-f-]{36})\\.xlsx");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentViewer current;

    @Inject
    SecuredReports reports;

    @Inject
    ExportJobs exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Viewer viewer = current.viewer();
            Matcher report = REPORT.matcher(path);
            Matcher export = EXPORT.matcher(path);
            if (report.matches()) {
                YearMonth month = YearMonth.parse(report.group(3));
                Locale locale =
                        "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("es-AR");
                Optional<byte[]> pdf = "team".equals(report.group(1))
                        ? reports.teamPdf(viewer, report.group(2), month, locale)
                        : reports.agentPdf(viewer, report.group(2), month, locale);
                if (pdf.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                send(
                        response,
                        "application/pdf",
                        "chatqa-" + report.group(1) + "-" + report.group(2) + "-" + month + ".pdf",
                        pdf.get().length);
                response.getOutputStream().write(pdf.get());
            } else if (export.matches()) {
                var file = exports.file(viewer, export.group(1));
                var filter = exports.filter(viewer, export.group(1));
                send(
                        response,
                        XLSX,
                        "chatqa-evaluaciones-" + filter.from() + "-" + filter.to() + ".xlsx",
                        Files.size(file));
                Files.copy(file, response.getOutputStream());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (AccessDenied refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NoSuchChat missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (DateTimeParseException malformed) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static void send(HttpServletResponse response, String type, String name, long length) {
        response.setContentType(type);
        response.setContentLengthLong(length);
        // the name holds only the characters the path patterns allow
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
    }
}
