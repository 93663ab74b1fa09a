package com.towebs.chatqa.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /api/v1/health}: answers once the application is deployed; open to all (bin/chatqa start waits on it). */
@Path(HealthResource.PATH)
public class HealthResource {

    static final String PATH = "/v1/health";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
