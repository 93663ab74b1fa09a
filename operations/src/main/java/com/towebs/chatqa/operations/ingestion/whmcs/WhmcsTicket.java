package com.towebs.chatqa.operations.ingestion.whmcs;

import java.util.List;

/** A ticket as GetTicket answers it, replies in the order they were written. {@code rawJson} is the answer as sent. */
public record WhmcsTicket(
        String id,
        String tid,
        String deptId,
        String deptName,
        String status,
        String subject,
        String clientName,
        String userId,
        String lastReply,
        List<Reply> replies,
        String rawJson) {

    public WhmcsTicket {
        replies = List.copyOf(replies);
    }

    /** One reply: {@code requestorType} is {@code Operator} for staff (then {@code admin} is their display name). */
    public record Reply(String replyId, String date, String name, String admin, String requestorType, String message) {

        public boolean fromStaff() {
            return "Operator".equalsIgnoreCase(requestorType) || (admin != null && !admin.isBlank());
        }
    }

    public TicketSummary summary() {
        return new TicketSummary(id, tid, deptId, status, lastReply);
    }

    /** Never shows message text. */
    @Override
    public String toString() {
        return "WhmcsTicket[" + id + ", dept " + deptId + ", " + status + ", " + replies.size() + " replies]";
    }
}
