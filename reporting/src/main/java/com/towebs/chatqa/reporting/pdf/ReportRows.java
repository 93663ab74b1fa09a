package com.towebs.chatqa.reporting.pdf;

/**
 * The rows the templates' data sets read. JRBeanCollectionDataSource reads JavaBean getters (not record
 * accessors), hence plain classes. Figures are numbers, formatted by the templates with the report locale;
 * missing figures (NaN in the model) are null so that the templates print a dash, never "NaN".
 */
public final class ReportRows {

    private ReportRows() {}

    /** One month of a score trend: the category label ("oct 2026") and the average score. */
    public static final class TrendPoint {
        private final String label;
        private final Double average;
        private final Long chats;

        TrendPoint(String label, Double average, long chats) {
            this.label = label;
            this.average = average;
            this.chats = chats;
        }

        public String getLabel() {
            return label;
        }

        public Double getAverage() {
            return average;
        }

        public Long getChats() {
            return chats;
        }
    }

    /** One criterion's pass rate in percent (0-100), with the team's beside it in the agent report. */
    public static final class CriterionRow {
        private final String label;
        private final Double rate;
        private final Double teamRate;
        private final Long assessed;

        CriterionRow(String label, Double rate, Double teamRate, long assessed) {
            this.label = label;
            this.rate = rate;
            this.teamRate = teamRate;
            this.assessed = assessed;
        }

        public String getLabel() {
            return label;
        }

        public Double getRate() {
            return rate;
        }

        public Double getTeamRate() {
            return teamRate;
        }

        public Long getAssessed() {
            return assessed;
        }

        /** Percentage points above (positive) or below the team; null when either side was never assessed. */
        public Double getDifference() {
            return rate == null || teamRate == null ? null : rate - teamRate;
        }
    }

    /** One row of the team report's agent table. */
    public static final class AgentRow {
        private final String name;
        private final Long chats;
        private final Double average;
        private final Double criticalShare;
        private final Double change;
        private final String weakest;

        AgentRow(String name, long chats, Double average, double criticalShare, Double change, String weakest) {
            this.name = name;
            this.chats = chats;
            this.average = average;
            this.criticalShare = criticalShare;
            this.change = change;
            this.weakest = weakest;
        }

        public String getName() {
            return name;
        }

        public Long getChats() {
            return chats;
        }

        public Double getAverage() {
            return average;
        }

        public Double getCriticalShare() {
            return criticalShare;
        }

        public Double getChange() {
            return change;
        }

        public String getWeakest() {
            return weakest;
        }
    }

    /** A notable chat: date and criterion already in the report's language; the quote is plain text. */
    public static final class NotableRow {
        private final String date;
        private final String chatId;
        private final String agentName;
        private final Double score;
        private final String criterion;
        private final String quote;

        NotableRow(String date, String chatId, String agentName, Double score, String criterion, String quote) {
            this.date = date;
            this.chatId = chatId;
            this.agentName = agentName;
            this.score = score;
            this.criterion = criterion;
            this.quote = quote;
        }

        public String getDate() {
            return date;
        }

        public String getChatId() {
            return chatId;
        }

        public String getAgentName() {
            return agentName;
        }

        public Double getScore() {
            return score;
        }

        public String getCriterion() {
            return criterion;
        }

        public String getQuote() {
            return quote;
        }
    }

    /** A criterion to work on next with its one-line advice. */
    public static final class AdviceRow {
        private final String criterion;
        private final String advice;
        private final Double rate;
        private final Double teamRate;

        AdviceRow(String criterion, String advice, Double rate, Double teamRate) {
            this.criterion = criterion;
            this.advice = advice;
            this.rate = rate;
            this.teamRate = teamRate;
        }

        public String getCriterion() {
            return criterion;
        }

        public String getAdvice() {
            return advice;
        }

        public Double getRate() {
            return rate;
        }

        public Double getTeamRate() {
            return teamRate;
        }
    }
}
