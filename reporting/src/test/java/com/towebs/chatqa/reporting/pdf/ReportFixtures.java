package com.towebs.chatqa.reporting.pdf;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.AgentMonthSummary;
import com.towebs.chatqa.reporting.model.CriterionPassRate;
import com.towebs.chatqa.reporting.model.MonthScore;
import com.towebs.chatqa.reporting.model.NotableChat;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Report records as the warehouse queries would fill them: October 2026 of team Hosting. */
final class ReportFixtures {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String RUBRIC = "towebs-2026.1";
    static final String LOW_QUOTE = "¿Me podés pasar la contraseña del cPanel? Mañana lo vemos, señor.";
    static final String THANKS_QUOTE = "¡Mil gracias, Lucía! Ya me llegan los correos, sos una genia.";

    private ReportFixtures() {}

    static TeamMonthReport team() {
        List<AgentMonthSummary> agents = List.of(
                agent("lucia.gomez", "Lucía Gómez", 412, 91.4, 0.012, 1.5, CriterionId.HOLD_FOLLOW_UP),
                agent("martin.nunez", "Martín Núñez", 398, 84.0, 0.055, -3.2, CriterionId.PARAPHRASE),
                agent("sofia.ibanez", "Sofía Ibáñez", 424, 87.3, 0.038, null, CriterionId.SPELLING));
        List<NotableChat> lowest = List.of(
                new NotableChat(
                        LocalDate.of(2026, 10, 14), "wh-50211", "Martín Núñez", 32.5, "HOLD_FOLLOW_UP", LOW_QUOTE),
                new NotableChat(
                        LocalDate.of(2026, 10, 21),
                        "wh-50877",
                        "Sofía Ibáñez",
                        41.0,
                        "SPELLING",
                        "<b>hola</b> & ${algo} — esto es texto plano, no marcado"));
        List<NotableChat> thanks = List.of(new NotableChat(
                LocalDate.of(2026, 10, 3), "wh-48213", "Lucía Gómez", 97.5, "CUSTOMER_APPRECIATION", THANKS_QUOTE));
        return new TeamMonthReport(
                "hosting",
                "Hosting",
                OCTOBER,
                RUBRIC,
                1234,
                87.5,
                0.042,
                85.3,
                trend(OCTOBER, 1234, 87.5),
                criteria(1234, 11),
                agents,
                lowest,
                thanks);
    }

    static AgentMonthReport agentReport() {
        AgentMonthSummary lucia =
                agent("lucia.gomez", "Lucía Gómez", 412, 87.5, 0.012, 1.5, CriterionId.HOLD_FOLLOW_UP);
        List<NotableChat> examples = List.of(
                new NotableChat(
                        LocalDate.of(2026, 10, 14), "wh-50211", "Lucía Gómez", 52.5, "HOLD_FOLLOW_UP", LOW_QUOTE),
                new NotableChat(
                        LocalDate.of(2026, 10, 3),
                        "wh-48213",
                        "Lucía Gómez",
                        97.5,
                        "CUSTOMER_APPRECIATION",
                        THANKS_QUOTE));
        return new AgentMonthReport(
                lucia,
                RUBRIC,
                85.2,
                0.042,
                trend(OCTOBER, 412, 87.5),
                criteria(412, 5),
                criteria(1234, 11),
                examples,
                List.of(CriterionId.HOLD_FOLLOW_UP, CriterionId.PARAPHRASE));
    }

    /** The bench's team: 40 agents sharing 10,000 chats, all 13 criteria, 6 months, 10 notable chats. */
    static TeamMonthReport largeTeam() {
        Random random = new Random(42);
        List<AgentMonthSummary> agents = new ArrayList<>();
        CriterionId[] ids = CriterionId.values();
        for (int i = 0; i < 40; i++) {
            agents.add(agent(
                    "agent." + i,
                    "Agente Número " + (i + 1) + " Peña",
                    250,
                    70 + random.nextDouble() * 28,
                    random.nextDouble() * 0.08,
                    i % 7 == 0 ? null : random.nextDouble() * 8 - 4,
                    ids[random.nextInt(ids.length)]));
        }
        List<NotableChat> lowest = new ArrayList<>();
        List<NotableChat> thanks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lowest.add(new NotableChat(
                    LocalDate.of(2026, 10, 1 + i * 5),
                    "wh-6" + i,
                    "Agente Número " + (i + 1),
                    20 + i * 5,
                    ids[i].name(),
                    LOW_QUOTE + " " + "Perdón por la demora, ¿seguís ahí? ".repeat(i + 1)));
            thanks.add(new NotableChat(
                    LocalDate.of(2026, 10, 2 + i * 5),
                    "wh-7" + i,
                    "Agente Número " + (i + 2),
                    95,
                    "CUSTOMER_APPRECIATION",
                    THANKS_QUOTE));
        }
        return new TeamMonthReport(
                "hosting",
                "Hosting",
                OCTOBER,
                RUBRIC,
                10_000,
                84.7,
                0.037,
                83.9,
                trend(OCTOBER, 10_000, 84.7),
                criteria(10_000, 3),
                agents,
                lowest,
                thanks);
    }

    static AgentMonthSummary agent(
            String id, String name, long chats, double average, double critical, Double change, CriterionId weakest) {
        return new AgentMonthSummary(
                OCTOBER, id, name, "hosting", "Hosting", chats, average, critical, change, weakest);
    }

    static List<MonthScore> trend(YearMonth last, long chats, double average) {
        List<MonthScore> months = new ArrayList<>();
        double[] offsets = {-6.5, -4.0, -4.8, -1.9, -2.2, 0};
        for (int i = 5; i >= 0; i--) {
            months.add(new MonthScore(last.minusMonths(i), chats - i * 37L, average + offsets[5 - i]));
        }
        return months;
    }

    /** Pass rates between about 55 and 98 %, varied by seed so agent and team differ. */
    static List<CriterionPassRate> criteria(long chats, int seed) {
        Random random = new Random(seed);
        List<CriterionPassRate> rates = new ArrayList<>();
        for (CriterionId id : CriterionId.values()) {
            long assessed = chats - random.nextInt((int) Math.max(1, chats / 4));
            long notMet = (long) (assessed * (0.02 + random.nextDouble() * 0.3));
            long partial = (long) ((assessed - notMet) * random.nextDouble() * 0.2);
            rates.add(new CriterionPassRate(id, assessed, assessed - notMet - partial, partial, notMet));
        }
        return rates;
    }
}
