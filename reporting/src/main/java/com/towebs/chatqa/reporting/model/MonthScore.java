package com.towebs.chatqa.reporting.model;

import java.time.YearMonth;

/** One point of a score trend: a month, its chats and average score (NaN when no chat was evaluated). */
public record MonthScore(YearMonth month, long chats, double averageScore) {}
