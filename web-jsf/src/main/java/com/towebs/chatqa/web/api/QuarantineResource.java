package com.towebs.chatqa.web.api;

import com.towebs.chatqa.operations.ingestion.Quarantine;
import com.towebs.chatqa.operations.ingestion.RecordOutcome;
import com.towebs.chatqa.operations.model.QuarantineState;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code GET /api/v1/quarantine?state=QUARANTINED}, {@code POST /api/v1/quarantine/{id}/retry} and
 * {@code POST /api/v1/quarantine/{id}/discard}: records that could not be read, kept redacted with the reason. QA admins
 * only.
 */
@Path("/v1/quarantine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    @Inject
    Quarantine quarantine;

    @Inject
    CurrentViewer current;

    @GET
    public List<Quarantine.Entry> list(
            @QueryParam("state") @DefaultValue("QUARANTINED") String state,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        try {
            return quarantine.list(
                    current.viewer(), QuarantineState.valueOf(state), Math.min(Math.max(limit, 1), 1000));
        } catch (IllegalArgumentException e) {
            throw new ReportResource.BadRequest("state must be QUARANTINED, RELEASED or DISCARDED");
        }
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") long id) {
        try {
            RecordOutcome outcome = quarantine.retry(current.viewer(), id);
            return Response.ok(outcome).build();
        } catch (IllegalArgumentException e) {
            return ApiErrors.error(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @POST
    @Path("/{id}/discard")
    public Response discard(@PathParam("id") long id) {
        return quarantine.discard(current.viewer(), id)
                ? Response.noContent().build()
                : ApiErrors.error(Response.Status.NOT_FOUND, "no quarantined record " + id);
    }
}
