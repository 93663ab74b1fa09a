package com.towebs.chatqa.tools.demo;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.TranscriptWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo chats the product starts with: for each of the last {@code months} calendar months up to a day,
 * {@code perMonth} chats of the {@link DemoRoster} agents with customers of every kind, on weekdays in office
 * hours (Buenos Aires), the latest ones still live. Everything follows from the seed and the last day: the same
 * arguments give the same chats, ids and files byte for byte, so loading them twice changes nothing.
 *
 * <p>A chat's id is {@code demo-yyyy-MM-nnnn}, numbered in time order within its month. Past months do not
 * depend on the last day; only the month that contains it changes as the days go by.
 */
public final class DemoData {

    public static final ZoneId ZONE = ZoneId.of("America/Argentina/Buenos_Aires");
    public static final long DEFAULT_SEED = 2026L;

    private static final int CUSTOMER_POOL = 160;
    private static final LocalTime OPENING = LocalTime.of(9, 0);
    private static final int OFFICE_SECONDS =
            (int) java.time.Duration.ofHours(8).plusMinutes(30).toSeconds();
    private static final int LIVE_DAYS = 2;

    private final Map<String, List<Chat>> files;

    private DemoData(Map<String, List<Chat>> files) {
        this.files = files;
    }

    /**
     * @param months   how many calendar months, the last one being the month of {@code until}
     * @param perMonth chats per month
     * @param seed     any number: the same seed gives the same chats
     * @param until    the last day with chats
     */
    public static DemoData generate(int months, int perMonth, long seed, LocalDate until) {
        if (months < 1 || perMonth < 1) {
            throw new IllegalArgumentException(
                    "months and perMonth must be at least 1, were " + months + " and " + perMonth);
        }
        Objects.requireNonNull(until, "until");
        YearMonth last = YearMonth.from(until);
        List<LocalDate> liveDays = lastOfficeDays(until, LIVE_DAYS);
        Map<String, List<Chat>> files = new LinkedHashMap<>();
        for (int back = months - 1; back >= 0; back--) {
            YearMonth month = last.minusMonths(back);
            for (Chat chat : chatsOf(month, perMonth, seed, until, liveDays, back == months - 1, back == 0)) {
                String file = "demo-" + chat.agent().team() + "-" + month + ".jsonl";
                files.computeIfAbsent(file, name -> new ArrayList<>()).add(chat);
            }
        }
        Map<String, List<Chat>> sorted = new LinkedHashMap<>();
        files.keySet().stream().sorted().forEach(name -> sorted.put(name, List.copyOf(files.get(name))));
        return new DemoData(sorted);
    }

    /** Every chat, file by file (files in name order, chats in time order). */
    public List<Chat> chats() {
        return files.values().stream().flatMap(List::stream).toList();
    }

    /** File name (one per team and month, {@code demo-<team>-<yyyy-MM>.jsonl}) to its chats. */
    public Map<String, List<Chat>> files() {
        return files;
    }

    /** Writes the files as JSON Lines (transcript v1) into {@code folder}, creating it; returns the files written. */
    public List<Path> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<Chat>> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                for (Chat chat : file.getValue()) {
                    out.write(TranscriptWriter.toJsonString(chat));
                    out.write('\n');
                }
            }
            written.add(path);
        }
        return written;
    }

    private static List<Chat> chatsOf(
            YearMonth month,
            int perMonth,
            long seed,
            LocalDate until,
            List<LocalDate> liveDays,
            boolean first,
            boolean last) {
        List<LocalDate> days = officeDays(month, until);
        long monthKey = month.getYear() * 12L + month.getMonthValue();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < perMonth; i++) {
            Dice dice = Dice.of(seed, monthKey, i);
            LocalDate day = dice.pick(days);
            ZonedDateTime start = ZonedDateTime.of(day, OPENING.plusSeconds(dice.between(0, OFFICE_SECONDS)), ZONE);
            // Every agent works every month: the first chats go round the roster, the rest fall where they fall.
            DemoAgent agent = i < DemoRoster.AGENTS.size() ? DemoRoster.AGENTS.get(i) : dice.pick(DemoRoster.AGENTS);
            DemoCustomer customer = DemoCustomer.drawn(seed, dice.between(0, CUSTOMER_POOL - 1));
            Topic topic = dice.pick(Topics.of(agent.team()));
            CustomerKind kind = customer.kind();
            Scenario.Showcase showcase = showcase(i, first, last);
            switch (showcase) {
                case MARKUP_PAYLOAD -> {
                    agent = DemoRoster.agent("florencia.rios");
                    topic = Topics.CONTACT_FORM;
                    kind = CustomerKind.POLITE;
                }
                case CREDENTIALS -> {
                    agent = DemoRoster.agent(first ? "diego.acosta" : "florencia.rios");
                    topic = Topics.byId("cpanel-access");
                }
                case NONE -> {}
            }
            boolean live = showcase == Scenario.Showcase.NONE && liveDays.contains(day) && dice.chance(0.35);
            drafts.add(new Draft(i, agent, customer, kind, topic, start, live, showcase));
        }
        drafts.sort(Comparator.comparing(Draft::start).thenComparing(Draft::index));
        List<Chat> chats = new ArrayList<>();
        for (int n = 0; n < drafts.size(); n++) {
            Draft draft = drafts.get(n);
            String id = String.format("demo-%s-%04d", month, n + 1);
            Scenario scenario = new Scenario(
                    id,
                    draft.agent(),
                    draft.customer(),
                    draft.kind(),
                    draft.topic(),
                    draft.start(),
                    draft.live(),
                    draft.showcase());
            chats.add(ChatComposer.compose(scenario, Dice.of(seed, monthKey, draft.index(), 0xC4A7)));
        }
        return chats;
    }

    /** One markup payload in the first month; a customer typing its panel password in the first and the last month. */
    private static Scenario.Showcase showcase(int index, boolean first, boolean last) {
        int afterRoster = DemoRoster.AGENTS.size();
        if (first && index == afterRoster) {
            return Scenario.Showcase.MARKUP_PAYLOAD;
        }
        if ((first || last) && index == afterRoster + 1) {
            return Scenario.Showcase.CREDENTIALS;
        }
        return Scenario.Showcase.NONE;
    }

    /** Weekdays of the month up to {@code until}; every day of it if it has no weekday yet. */
    private static List<LocalDate> officeDays(YearMonth month, LocalDate until) {
        List<LocalDate> all = new ArrayList<>();
        for (LocalDate day = month.atDay(1);
                !day.isAfter(month.atEndOfMonth()) && !day.isAfter(until);
                day = day.plusDays(1)) {
            all.add(day);
        }
        List<LocalDate> weekdays = all.stream().filter(DemoData::isWeekday).toList();
        return weekdays.isEmpty() ? all : weekdays;
    }

    private static List<LocalDate> lastOfficeDays(LocalDate until, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = until; days.size() < count; day = day.minusDays(1)) {
            if (isWeekday(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private record Draft(
            int index,
            DemoAgent agent,
            DemoCustomer customer,
            CustomerKind kind,
            Topic topic,
            ZonedDateTime start,
            boolean live,
            Scenario.Showcase showcase) {}
}
