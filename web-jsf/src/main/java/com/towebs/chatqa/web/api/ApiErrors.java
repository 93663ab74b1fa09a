package com.towebs.chatqa.web.api;

import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.review.NoSuchChat;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The API's errors: JSON {@code {"error": "..."}} with the status. Refusals by the services' access rules are 403
 * and unknown chats 404, whichever resource they come from.
 */
public final class ApiErrors {

    private ApiErrors() {}

    static Response error(Response.Status status, String message) {
        return Response.status(status)
                .entity(Map.of("error", message))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    /** 403: the signed-in user may not do this (the service layer decided). */
    @Provider
    public static final class Forbidden implements ExceptionMapper<AccessDenied> {
        @Override
        public Response toResponse(AccessDenied refused) {
            return error(Response.Status.FORBIDDEN, refused.getMessage());
        }
    }

    /** 404: no such chat, evaluation or dispute. */
    @Provider
    public static final class NotFound implements ExceptionMapper<NoSuchChat> {
        @Override
        public Response toResponse(NoSuchChat missing) {
            return error(Response.Status.NOT_FOUND, missing.getMessage());
        }
    }
}
