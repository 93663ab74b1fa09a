package com.towebs.chatqa.web.api;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.service.WarehouseWorker;
import com.towebs.chatqa.web.reports.SecuredReports;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documents over HTTP: {@code GET /api/v1/reports/teams/{team}/{yyyy-MM}} and
 * {@code .../agents/{agent}/{yyyy-MM}} (PDF), {@code GET /api/v1/exports/evaluations?from=yyyy-MM&to=yyyy-MM&team=&agent=}
 * (xlsx) and {@code POST /api/v1/warehouse/loads}. {@code lang=en} for English; Spanish (es-AR) otherwise.
 */
@Path("/v1")
@RequestScoped
public class ReportResource {

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    SecuredReports reports;

    @EJB
    WarehouseWorker warehouse;

    @Inject
    CurrentViewer current;

    @GET
    @Path("/reports/teams/{team}/{month}")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response teamReport(
            @PathParam("team") String team, @PathParam("month") String month, @QueryParam("lang") String lang) {
        return pdf(reports.teamPdf(current.viewer(), team, month(month), locale(lang)), "equipo-" + team + "-" + month);
    }

    @GET
    @Path("/reports/agents/{agent}/{month}")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response agentReport(
            @PathParam("agent") String agent, @PathParam("month") String month, @QueryParam("lang") String lang) {
        return pdf(
                reports.agentPdf(current.viewer(), agent, month(month), locale(lang)), "agente-" + agent + "-" + month);
    }

    @GET
    @Path("/exports/evaluations")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response export(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("team") String team,
            @QueryParam("agent") String agent,
            @QueryParam("lang") String lang) {
        ExportFilter filter =
                new ExportFilter(month(from), month(to == null ? from : to), blankToNull(team), blankToNull(agent));
        Locale locale = locale(lang);
        reports.requireExport(current.viewer(), filter);
        Viewer viewer = current.viewer();
        StreamingOutput body = out -> reports.export(viewer, filter, locale, out, rows -> {});
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"chatqa-evaluaciones-" + filter.from() + "-" + filter.to() + ".xlsx\"")
                .build();
    }

    @POST
    @Path("/warehouse/loads")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> loadWarehouse() {
        current.viewer().requireRole(Role.QA_ADMIN);
        return Map.of("loaded", warehouse.loadNow());
    }

    private static Response pdf(Optional<byte[]> document, String name) {
        if (document.isEmpty()) {
            return ApiErrors.error(Response.Status.NOT_FOUND, "no evaluated chats for that report");
        }
        return Response.ok(document.get(), PDF)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"chatqa-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"")
                .build();
    }

    private static YearMonth month(String value) {
        if (value == null) {
            throw new BadRequest("the month is required, as yyyy-MM");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest("\"" + value + "\" is not a month as yyyy-MM");
        }
    }

    private static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("es-AR");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A request the API cannot answer as asked: 400 with the reason. */
    static final class BadRequest extends jakarta.ws.rs.WebApplicationException {
        BadRequest(String message) {
            super(ApiErrors.error(Response.Status.BAD_REQUEST, message));
        }
    }
}
