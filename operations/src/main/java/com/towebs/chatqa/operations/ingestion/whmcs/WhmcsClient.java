package com.towebs.chatqa.operations.ingestion.whmcs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The two WHMCS API calls ingestion needs, over {@code POST {base}/includes/api.php}. Reads the answers
 * leniently where WHMCS is loose (numbers as strings or numbers, a missing list when there are no tickets) and
 * strictly where it matters (a ticket without an id is malformed). Each failure becomes a {@link WhmcsException}
 * whose kind says whether retrying can help.
 */
public final class WhmcsClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WhmcsConfig config;
    private final URI endpoint;
    private final HttpClient http;

    public WhmcsClient(WhmcsConfig config) {
        this.config = config;
        this.endpoint = URI.create(config.baseUrl().toString().replaceAll("/+$", "") + "/includes/api.php");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout())
                .build();
    }

    /** GetTickets from {@code limitstart}, {@code pageSize} at a time. */
    public TicketPage listTickets(int limitStart) throws WhmcsException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("action", "GetTickets");
        form.put("limitstart", Integer.toString(limitStart));
        form.put("limitnum", Integer.toString(config.pageSize()));
        JsonNode answer = call(form).json();
        List<TicketSummary> tickets = new ArrayList<>();
        JsonNode list = answer.path("tickets").path("ticket");
        if (list.isArray()) {
            for (JsonNode ticket : list) {
                tickets.add(new TicketSummary(
                        required(ticket, "id", "GetTickets"),
                        text(ticket, "tid"),
                        text(ticket, "deptid"),
                        text(ticket, "status"),
                        required(ticket, "lastreply", "GetTickets")));
            }
        }
        return new TicketPage(number(answer, "totalresults"), tickets);
    }

    /** GetTicket with its replies oldest first. */
    public WhmcsTicket getTicket(String ticketId) throws WhmcsException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("action", "GetTicket");
        form.put("ticketid", ticketId);
        form.put("repliessort", "ASC");
        Answer answer = call(form);
        return ticket(answer.json(), answer.body(), "GetTicket " + ticketId);
    }

    /** A GetTicket answer kept earlier (a quarantined ticket), read again. */
    public static WhmcsTicket parseTicket(String body) throws WhmcsException {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw new WhmcsException(
                        WhmcsException.Kind.MALFORMED_RESPONSE, "the kept ticket is not a JSON object");
            }
            return ticket(json, body, "kept ticket");
        } catch (JsonProcessingException e) {
            throw new WhmcsException(WhmcsException.Kind.MALFORMED_RESPONSE, "the kept ticket is not valid JSON", e);
        }
    }

    private static WhmcsTicket ticket(JsonNode ticket, String body, String where) throws WhmcsException {
        List<WhmcsTicket.Reply> replies = new ArrayList<>();
        JsonNode list = ticket.path("replies").path("reply");
        if (list.isArray()) {
            for (JsonNode reply : list) {
                replies.add(new WhmcsTicket.Reply(
                        text(reply, "replyid"),
                        required(reply, "date", where),
                        text(reply, "name"),
                        text(reply, "admin"),
                        text(reply, "requestor_type"),
                        text(reply, "message")));
            }
        }
        return new WhmcsTicket(
                required(ticket, "ticketid", where),
                text(ticket, "tid"),
                text(ticket, "deptid"),
                text(ticket, "deptname"),
                text(ticket, "status"),
                text(ticket, "subject"),
                text(ticket, "name"),
                text(ticket, "userid"),
                text(ticket, "lastreply"),
                replies,
                body);
    }

    private record Answer(JsonNode json, String body) {}

    private Answer call(Map<String, String> parameters) throws WhmcsException {
        // how failures name the call: the action and, for one ticket, its id
        String action =
                parameters.get("action") + (parameters.containsKey("ticketid") ? " " + parameters.get("ticketid") : "");
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("identifier", config.identifier());
        form.put("secret", config.secret());
        form.put("responsetype", "json");
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new WhmcsException(WhmcsException.Kind.TIMEOUT, action + ": no answer within " + config.timeout(), e);
        } catch (ConnectException e) {
            throw new WhmcsException(WhmcsException.Kind.UNREACHABLE, action + ": cannot connect to " + endpoint, e);
        } catch (IOException e) {
            throw new WhmcsException(
                    WhmcsException.Kind.UNREACHABLE,
                    action + ": " + e.getClass().getSimpleName(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WhmcsException(WhmcsException.Kind.UNREACHABLE, action + ": interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new WhmcsException(WhmcsException.Kind.SERVER_ERROR, action + ": HTTP " + status);
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            if (status == 403) {
                throw new WhmcsException(WhmcsException.Kind.FORBIDDEN, action + ": HTTP 403");
            }
            throw new WhmcsException(
                    WhmcsException.Kind.MALFORMED_RESPONSE,
                    action + ": the answer is not valid JSON" + " (HTTP " + status + ", "
                            + response.body().length() + " characters)",
                    e);
        }
        if (json == null || !json.isObject()) {
            throw new WhmcsException(
                    WhmcsException.Kind.MALFORMED_RESPONSE, action + ": the answer is not a JSON object");
        }
        if (status == 403) {
            throw new WhmcsException(
                    WhmcsException.Kind.FORBIDDEN,
                    action + ": HTTP 403: " + json.path("message").asText(""));
        }
        if (!"success".equals(json.path("result").asText())) {
            throw new WhmcsException(
                    WhmcsException.Kind.API_ERROR,
                    action + ": " + json.path("message").asText("error"));
        }
        if (status != 200) {
            throw new WhmcsException(WhmcsException.Kind.MALFORMED_RESPONSE, action + ": HTTP " + status);
        }
        return new Answer(json, response.body());
    }

    private static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((key, value) -> body.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field, String where) throws WhmcsException {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new WhmcsException(WhmcsException.Kind.MALFORMED_RESPONSE, where + ": an entry has no " + field);
        }
        return value;
    }

    /** WHMCS sends counts as strings ("12") or numbers depending on the field and version. */
    private static int number(JsonNode node, String field) throws WhmcsException {
        String value = text(node, field);
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new WhmcsException(WhmcsException.Kind.MALFORMED_RESPONSE, field + " is not a number");
        }
    }
}
