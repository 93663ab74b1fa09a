package com.towebs.chatqa.operations.ingestion.whmcs;

import java.util.List;

/** One page of GetTickets: the tickets on it and how many match in all. */
public record TicketPage(int totalResults, List<TicketSummary> tickets) {

    public TicketPage {
        tickets = List.copyOf(tickets);
    }
}
