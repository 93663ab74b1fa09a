package com.towebs.chatqa.reporting.excel;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.reporting.model.EvaluationRow;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Plausible evaluation rows made up on the fly, so large exports can be tested without holding the rows. */
final class GeneratedRows implements Iterator<EvaluationRow> {

    private static final String[] AGENTS = {
        "María González",
        "Juan Pérez",
        "Lucía Fernández",
        "Martín Gómez",
        "Sofía Díaz",
        "Diego Romero",
        "Valentina Sosa",
        "Nicolás Álvarez"
    };
    private static final String[] TEAMS = {"Soporte técnico", "Facturación", "Ventas"};
    private static final String[] PROFILES = {"Cliente nuevo", "Cliente frecuente", "Empresa", null};
    private static final Verdict[] VERDICTS = Verdict.values();
    private static final CriterionId[] CRITERIA = CriterionId.values();
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    /** A few verdict maps reused: the rows differ in everything else. */
    private static final List<Map<CriterionId, Verdict>> VERDICT_SETS =
            List.of(verdicts(0), verdicts(1), verdicts(2), verdicts(3), verdicts(4));

    private final long count;
    private long next;

    GeneratedRows(long count) {
        this.count = count;
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public EvaluationRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long i = next++;
        int agent = (int) (i % AGENTS.length);
        return new EvaluationRow(
                START.plusDays(i % 365),
                "chat-" + (1_000_000 + i),
                "livechat",
                "agent-" + agent,
                AGENTS[agent],
                "team-" + agent % TEAMS.length,
                TEAMS[agent % TEAMS.length],
                i % 10 == 0 ? "open" : "closed",
                "2025.1",
                (i * 37 % 1001) / 10.0,
                i % 17 == 0,
                PROFILES[(int) (i % PROFILES.length)],
                VERDICT_SETS.get((int) (i % VERDICT_SETS.size())));
    }

    private static Map<CriterionId, Verdict> verdicts(int seed) {
        Map<CriterionId, Verdict> verdicts = new EnumMap<>(CriterionId.class);
        for (int c = 0; c < CRITERIA.length; c++) {
            verdicts.put(CRITERIA[c], VERDICTS[(c + seed) % VERDICTS.length]);
        }
        return verdicts;
    }
}
