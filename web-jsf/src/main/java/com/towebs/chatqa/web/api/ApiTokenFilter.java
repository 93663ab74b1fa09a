package com.towebs.chatqa.web.api;

import com.towebs.chatqa.ingestion.server.Settings;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Machine clients of the API (the push endpoint, scripts that start a pull) authenticate with the bearer token
 * {@code chatqa.api.token}. Without a configured token the API refuses everything rather than run open. Only the
 * health check is open.
 */
@Provider
public class ApiTokenFilter implements ContainerRequestFilter {

    @Inject
    Settings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (HealthResource.PATH.equals(path.startsWith("/") ? path : "/" + path)) {
            return;
        }
        Optional<String> token = settings.get("chatqa.api.token");
        if (token.isEmpty()) {
            request.abortWith(error(Response.Status.SERVICE_UNAVAILABLE,
                    "the API is not enabled on this server: set chatqa.api.token"));
        } else if (!authorized(request.getHeaderString(HttpHeaders.AUTHORIZATION), token.get())) {
            request.abortWith(Response.fromResponse(error(Response.Status.UNAUTHORIZED, "a valid bearer token is required"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"chatqa\"").build());
        }
    }

    private static boolean authorized(String header, String token) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        // constant-time comparison: the time taken says nothing about how much of the token matched
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }

    static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Map.of("error", message)).type(MediaType.APPLICATION_JSON).build();
    }
}
