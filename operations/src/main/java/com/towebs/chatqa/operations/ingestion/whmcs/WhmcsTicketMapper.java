package com.towebs.chatqa.operations.ingestion.whmcs;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A WHMCS ticket as a chat in the product's model. The chat's agent is the staff member who wrote most of its
 * replies (the first of them on a tie): a chat handed over early belongs to whoever handled it. Dates are read in
 * the panel's zone; CRLF becomes LF and the few HTML entities WHMCS leaves in plain text are decoded.
 */
public final class WhmcsTicketMapper {

    public static final String SOURCE = "whmcs";
    static final DateTimeFormatter WHMCS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final WhmcsMapping mapping;

    public WhmcsTicketMapper(WhmcsMapping mapping) {
        this.mapping = mapping;
    }

    /** The chat id of a ticket: stable across pulls, so a ticket that grows updates its chat. */
    public static String chatId(String ticketId) {
        return "wh-" + ticketId;
    }

    public Chat toChat(WhmcsTicket ticket) throws UnmappableTicketException {
        List<Message> messages = new ArrayList<>(ticket.replies().size());
        Map<String, Integer> staffReplies = new LinkedHashMap<>();
        for (WhmcsTicket.Reply reply : ticket.replies()) {
            boolean staff = reply.fromStaff();
            if (staff) {
                staffReplies.merge(staffName(reply), 1, Integer::sum);
            }
            messages.add(new Message(
                    instant(reply.date(), ticket.id()),
                    staff ? Speaker.AGENT : Speaker.CUSTOMER,
                    plainText(reply.message())));
        }
        String staffName = staffReplies.entrySet().stream()
                .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .map(Map.Entry::getKey)
                .orElse(null);
        Participant agent = new Participant(agentId(staffName), staffName, team(ticket));
        Participant customer =
                new Participant(ticket.userId() == null ? "" : ticket.userId(), ticket.clientName(), null);
        ChatStatus status = "Closed".equalsIgnoreCase(ticket.status()) ? ChatStatus.CLOSED : ChatStatus.OPEN;
        return new Chat(chatId(ticket.id()), SOURCE, status, agent, customer, messages);
    }

    private static String staffName(WhmcsTicket.Reply reply) {
        return reply.admin() != null && !reply.admin().isBlank()
                ? reply.admin().trim()
                : reply.name().trim();
    }

    private String agentId(String staffName) {
        if (staffName == null) {
            return mapping.defaultAgent() == null ? "unassigned" : mapping.defaultAgent();
        }
        String mapped = mapping.staffToAgent().get(staffName);
        if (mapped != null) {
            return mapped;
        }
        return mapping.defaultAgent() != null ? mapping.defaultAgent() : slug(staffName);
    }

    private String team(WhmcsTicket ticket) {
        String mapped =
                ticket.deptId() == null ? null : mapping.departmentToTeam().get(ticket.deptId());
        if (mapped != null) {
            return mapped;
        }
        if (ticket.deptName() != null && !ticket.deptName().isBlank()) {
            return slug(ticket.deptName());
        }
        return ticket.deptId() == null ? null : "dept-" + ticket.deptId();
    }

    private java.time.Instant instant(String date, String ticketId) throws UnmappableTicketException {
        try {
            return LocalDateTime.parse(date.trim(), WHMCS_DATE)
                    .atZone(mapping.zone())
                    .toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new UnmappableTicketException(
                    "ticket " + ticketId + ": a reply date is not Y-m-d H:i:s: \"" + date + "\"");
        }
    }

    static String plainText(String message) {
        if (message == null) {
            return "";
        }
        return message.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#039;", "'")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .strip();
    }

    /** "Lucía Gómez" -> "lucia.gomez": an id for staff no one mapped yet. */
    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }

    /** A ticket whose content does not fit the contract (e.g. a date in another format): it is quarantined. */
    public static final class UnmappableTicketException extends Exception {
        public UnmappableTicketException(String message) {
            super(message);
        }
    }
}
