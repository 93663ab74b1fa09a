package com.towebs.chatqa.operations.ingestion.whmcs;

/**
 * A ticket as GetTickets lists it (no message bodies). {@code lastReply} is the panel's zone-less
 * {@code Y-m-d H:i:s}, which sorts as text.
 */
public record TicketSummary(String id, String tid, String deptId, String status, String lastReply) {

    /** Changes whenever the ticket gets a reply or changes status: equal keys need no GetTicket. */
    public String changeKey() {
        return lastReply + "|" + status;
    }
}
