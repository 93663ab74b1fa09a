package com.towebs.chatqa.fakewhmcs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for ToWebs' WHMCS panel, following the API contract the product relies on, field by field:
 * {@code POST /includes/api.php}, form-encoded {@code action}, {@code identifier}, {@code secret},
 * {@code responsetype=json}; {@code GetTickets} paged by {@code limitstart}/{@code limitnum} (default 25) with
 * {@code totalresults} and no message bodies, filters {@code deptid} and {@code status}; {@code GetTicket} by
 * {@code ticketid} with {@code repliessort}. Its quirks are kept: numbers arrive as strings, dates are
 * {@code Y-m-d H:i:s} in the panel's zone, messages use CRLF, errors are {@code {"result":"error","message":...}}
 * (HTTP 403 for bad credentials and refused IPs). Faults can be injected for the next calls.
 */
public final class FakeWhmcsServer implements AutoCloseable {

    static final DateTimeFormatter WHMCS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String identifier;
    private final String secret;
    private final Map<Integer, FakeTicket> tickets = new ConcurrentSkipListMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    // injected faults, consumed by the next calls
    private final AtomicInteger failing = new AtomicInteger();
    private volatile int failingStatus = 503;
    private final AtomicInteger slow = new AtomicInteger();
    private volatile Duration slowBy = Duration.ZERO;
    private final AtomicInteger malformed = new AtomicInteger();
    private volatile boolean refuseIp;
    private final Map<Integer, AtomicInteger> failingTickets = new ConcurrentHashMap<>();

    static {
        // without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // 40 ms per call, which would make the panel, not the product, the bottleneck of every measurement
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FakeWhmcsServer(int port, String identifier, String secret) throws IOException {
        this.identifier = identifier;
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/includes/api.php", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Starts on a free port (0) or the given one. */
    public static FakeWhmcsServer start(int port, String identifier, String secret) throws IOException {
        return new FakeWhmcsServer(port, identifier, secret);
    }

    /** The base URL the product is configured with; the API is at {@code base + "/includes/api.php"}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // --- data ---

    public FakeTicket openTicket(
            int deptId, String deptName, String subject, String clientName, LocalDateTime opened, String firstMessage) {
        int id = nextId.getAndIncrement();
        FakeTicket ticket = new FakeTicket(
                id,
                String.format("%06d", 480000 + id),
                deptId,
                deptName,
                subject,
                clientName,
                1000 + id,
                opened,
                "Open");
        ticket.clientReply(opened, firstMessage);
        tickets.put(id, ticket);
        return ticket;
    }

    public FakeTicket ticket(int id) {
        return tickets.get(id);
    }

    public int ticketCount() {
        return tickets.size();
    }

    // --- faults ---

    /** The next {@code count} calls answer this HTTP status (500, 503, ...) with an HTML error page. */
    public void failNext(int count, int httpStatus) {
        failingStatus = httpStatus;
        failing.set(count);
    }

    /** The next {@code count} calls wait this long before answering (longer than the client's timeout). */
    public void delayNext(int count, Duration delay) {
        slowBy = delay;
        slow.set(count);
    }

    /** The next {@code count} calls answer a truncated JSON body with status 200. */
    public void malformedNext(int count) {
        malformed.set(count);
    }

    /** While true, every call is refused as WHMCS refuses an IP not on its allow list: 403 with an error. */
    public void refuseIp(boolean refuse) {
        refuseIp = refuse;
    }

    /** GetTicket for this ticket answers 500 for the next {@code times} calls (negative: always). */
    public void failTicket(int ticketId, int times) {
        failingTickets.put(ticketId, new AtomicInteger(times));
    }

    /** How many calls of this action the panel answered (including failures). */
    public int calls(String action) {
        return calls.getOrDefault(action, new AtomicInteger()).get();
    }

    // --- the API ---

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form =
                    parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String action = form.getOrDefault("action", "");
            calls.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "POST only");
                return;
            }
            if (slow.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                sleep(slowBy);
            }
            if (failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(
                        exchange,
                        failingStatus,
                        "text/html",
                        "<html><body><h1>" + failingStatus + " Service Unavailable</h1></body></html>");
                return;
            }
            if (refuseIp) {
                sendJson(
                        exchange,
                        403,
                        error("Invalid IP "
                                + exchange.getRemoteAddress().getAddress().getHostAddress()));
                return;
            }
            if (!identifier.equals(form.get("identifier")) || !secret.equals(form.get("secret"))) {
                sendJson(exchange, 403, error("Authentication Failed"));
                return;
            }
            if (malformed.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, 200, "application/json", "{\"result\":\"success\",\"totalresults\":\"3\",\"tick");
                return;
            }
            switch (action) {
                case "GetTickets" -> sendJson(exchange, 200, getTickets(form));
                case "GetTicket" -> getTicket(exchange, form);
                default -> sendJson(exchange, 200, error("Command Not Found"));
            }
        }
    }

    private ObjectNode getTickets(Map<String, String> form) {
        int start = intParam(form, "limitstart", 0);
        int limit = intParam(form, "limitnum", 25);
        List<FakeTicket> matching = new ArrayList<>();
        for (FakeTicket ticket : tickets.values()) {
            if (form.containsKey("deptid") && !form.get("deptid").equals(Integer.toString(ticket.deptId))) {
                continue;
            }
            if (form.containsKey("status") && !form.get("status").equalsIgnoreCase(ticket.status)) {
                continue;
            }
            matching.add(ticket);
        }
        // WHMCS lists the most recently answered first
        matching.sort(Comparator.comparing(FakeTicket::lastReply).reversed().thenComparing(t -> -t.id));
        List<FakeTicket> page =
                matching.subList(Math.min(start, matching.size()), Math.min(start + limit, matching.size()));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("result", "success");
        answer.put("totalresults", Integer.toString(matching.size()));
        answer.put("startnumber", start);
        answer.put("numreturned", page.size());
        ArrayNode list = answer.putObject("tickets").putArray("ticket");
        for (FakeTicket ticket : page) {
            ObjectNode row = list.addObject();
            row.put("id", Integer.toString(ticket.id));
            row.put("tid", ticket.tid);
            row.put("deptid", Integer.toString(ticket.deptId));
            row.put("userid", Integer.toString(ticket.userId));
            row.put("name", ticket.clientName);
            row.put("email", "cliente" + ticket.userId + "@example.com");
            row.put("cc", "");
            row.put("c", "x" + ticket.tid);
            row.put("date", WHMCS_DATE.format(ticket.opened));
            row.put("subject", ticket.subject);
            row.put("status", ticket.status);
            row.put("priority", "Medium");
            row.put("admin", "");
            row.put("attachment", "");
            row.put("lastreply", WHMCS_DATE.format(ticket.lastReply()));
            row.put("flag", "0");
            row.put("service", "");
        }
        return answer;
    }

    private void getTicket(HttpExchange exchange, Map<String, String> form) throws IOException {
        int id = intParam(form, "ticketid", -1);
        AtomicInteger failures = failingTickets.get(id);
        if (failures != null && failures.getAndUpdate(n -> n > 0 ? n - 1 : n) != 0) {
            send(exchange, 500, "text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>");
            return;
        }
        FakeTicket ticket = tickets.get(id);
        if (ticket == null) {
            sendJson(exchange, 200, error("Ticket ID Not Found"));
            return;
        }
        List<FakeTicket.FakeReply> replies = new ArrayList<>(ticket.repliesSnapshot());
        if ("DESC".equalsIgnoreCase(form.get("repliessort"))) {
            replies.sort(Comparator.comparing(FakeTicket.FakeReply::replyId).reversed());
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("result", "success");
        answer.put("ticketid", Integer.toString(ticket.id));
        answer.put("tid", ticket.tid);
        answer.put("c", "x" + ticket.tid);
        answer.put("deptid", Integer.toString(ticket.deptId));
        answer.put("deptname", ticket.deptName);
        answer.put("userid", Integer.toString(ticket.userId));
        answer.put("contactid", "0");
        answer.put("name", ticket.clientName);
        answer.put("email", "cliente" + ticket.userId + "@example.com");
        answer.put("cc", "");
        answer.put("date", WHMCS_DATE.format(ticket.opened));
        answer.put("subject", ticket.subject);
        answer.put("status", ticket.status);
        answer.put("priority", "Medium");
        answer.put("admin", "");
        answer.put("lastreply", WHMCS_DATE.format(ticket.lastReply()));
        answer.put("flag", "0");
        answer.put("service", "");
        ArrayNode list = answer.putObject("replies").putArray("reply");
        for (FakeTicket.FakeReply reply : replies) {
            ObjectNode row = list.addObject();
            row.put("replyid", Integer.toString(reply.replyId()));
            row.put("userid", "Owner".equals(reply.requestorType()) ? Integer.toString(ticket.userId) : "0");
            row.put("contactid", "0");
            row.put("name", reply.name());
            row.put("email", "Owner".equals(reply.requestorType()) ? "cliente" + ticket.userId + "@example.com" : "");
            row.put("requestor_name", reply.name());
            row.put("requestor_type", reply.requestorType());
            row.put("date", WHMCS_DATE.format(reply.date()));
            // WHMCS keeps the line breaks as typed in the browser: CRLF
            row.put("message", reply.message().replace("\r\n", "\n").replace("\n", "\r\n"));
            row.put("attachment", "");
            row.put("attachments_removed", false);
            row.put("admin", reply.admin());
            row.put("rating", "0");
        }
        answer.put("notes", "");
        sendJson(exchange, 200, answer);
    }

    private static ObjectNode error(String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("result", "error");
        error.put("message", message);
        return error;
    }

    private static void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static int intParam(Map<String, String> form, String name, int fallback) {
        try {
            return form.containsKey(name) ? Integer.parseInt(form.get(name)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
