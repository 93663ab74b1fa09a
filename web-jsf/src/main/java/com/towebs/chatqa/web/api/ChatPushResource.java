package com.towebs.chatqa.web.api;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.ingestion.IngestionService;
import com.towebs.chatqa.operations.ingestion.RunReport;
import com.towebs.chatqa.operations.ingestion.TranscriptRecords;
import com.towebs.chatqa.operations.model.RunTrigger;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/chats}: chats in transcript format v1 (one object, an array or JSON Lines), for clients with
 * the realm role {@code ingest} (the panel's push client) or QA admins, by bearer token. Every record is answered: accepted, updated, unchanged, or rejected
 * with the reason (and quarantined, redacted). 200 when something was stored or nothing was wrong; 422 when
 * every record was rejected.
 */
@Path("/v1/chats")
@RequestScoped
public class ChatPushResource {

    public static final String SOURCE = "push";

    @Inject
    IngestionService ingestion;

    @Inject
    CurrentViewer current;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response push(String body) {
        current.viewer().requireAnyRole(Role.INGEST, Role.QA_ADMIN);
        if (body == null || body.isBlank()) {
            return ApiErrors.error(
                    Response.Status.BAD_REQUEST, "the body must hold one or more chats in transcript format v1");
        }
        RunReport report = ingestion.ingest(SOURCE, RunTrigger.PUSH, TranscriptRecords.read(body, "request"));
        boolean allRejected = report.counts().received() > 0
                && report.counts().rejected() == report.counts().received();
        return Response.status(allRejected ? 422 : 200)
                .entity(PushResponse.of(report))
                .build();
    }
}
