package com.towebs.chatqa.reporting.model;

import java.time.LocalDate;

/**
 * A chat worth a manager's look: one of the month's lowest scores (with the criterion that failed and the quoted
 * words behind it) or a customer's genuine thanks (the quote). Text is redacted at ingestion and is plain text:
 * renderers must escape it.
 */
public record NotableChat(
        LocalDate date, String chatId, String agentName, double score, String criterion, String quote) {}
