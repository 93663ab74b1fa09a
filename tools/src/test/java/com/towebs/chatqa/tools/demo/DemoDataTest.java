package com.towebs.chatqa.tools.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.language.SpanishSpellingChecker;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import com.towebs.chatqa.evaluation.transcript.TranscriptReader;
import com.towebs.chatqa.evaluation.transcript.TranscriptRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo data the product starts with: deterministic, readable by the parser, and graded with a real spread. */
class DemoDataTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 18);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static DemoData demo;
    private static List<Evaluation> evaluations;

    @BeforeAll
    static void generateAndGrade() {
        demo = DemoData.generate(2, 150, DemoData.DEFAULT_SEED, UNTIL);
        Evaluator evaluator = new Evaluator(Rubric.standard(), new SpanishSpellingChecker());
        evaluations = demo.chats().stream().map(evaluator::evaluate).toList();
    }

    @Test
    void theSameArgumentsWriteTheSameFilesByteForByte(@TempDir Path first, @TempDir Path second) throws IOException {
        List<Path> written =
                DemoData.generate(2, 150, DemoData.DEFAULT_SEED, UNTIL).writeTo(first);
        DemoData.generate(2, 150, DemoData.DEFAULT_SEED, UNTIL).writeTo(second);

        assertThat(written).hasSize(6);
        for (Path file : written) {
            assertThat(Files.readAllBytes(second.resolve(file.getFileName()))).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void anotherSeedWritesOtherChats() {
        DemoData other = DemoData.generate(2, 150, DemoData.DEFAULT_SEED + 1, UNTIL);

        assertThat(other.chats()).isNotEqualTo(demo.chats());
    }

    @Test
    void pastMonthsStayTheSameWhenTheLastDayMovesOn() {
        DemoData later = DemoData.generate(2, 150, DemoData.DEFAULT_SEED, UNTIL.plusDays(3));

        assertThat(later.files().get("demo-hosting-2026-11.jsonl"))
                .isEqualTo(demo.files().get("demo-hosting-2026-11.jsonl"));
    }

    @Test
    void everyChatWrittenParsesWithTheProjectsReaderAsTheSameChat(@TempDir Path folder) throws IOException {
        List<Chat> read = new ArrayList<>();
        for (Path file : demo.writeTo(folder)) {
            for (TranscriptRecord record : new TranscriptReader().readAll(file)) {
                assertThat(record).isInstanceOf(TranscriptRecord.Valid.class);
                read.add(((TranscriptRecord.Valid) record).chat());
            }
        }

        assertThat(read).containsExactlyElementsOf(demo.chats());
    }

    @Test
    void idsAreUniqueAndNamedDemoByMonth() {
        List<String> ids = demo.chats().stream().map(Chat::id).toList();

        assertThat(ids).hasSize(300).doesNotHaveDuplicates().allMatch(id -> id.matches("demo-2026-1[12]-\\d{4}"));
    }

    @Test
    void oneFilePerTeamAndMonthWithTheTeamsChatsInTimeOrder() {
        assertThat(demo.files().keySet())
                .containsExactly(
                        "demo-correo-2026-11.jsonl",
                        "demo-correo-2026-12.jsonl",
                        "demo-dominios-2026-11.jsonl",
                        "demo-dominios-2026-12.jsonl",
                        "demo-hosting-2026-11.jsonl",
                        "demo-hosting-2026-12.jsonl");
        demo.files().forEach((name, chats) -> {
            assertThat(chats)
                    .allMatch(chat -> name.startsWith("demo-" + chat.agent().team() + "-"));
            assertThat(chats.stream().map(DemoDataTest::start).toList()).isSorted();
        });
    }

    @Test
    void theRostersTeamsAreTheRealmsTeamGroups() {
        assertThat(DemoRoster.TEAMS.stream().map(DemoTeam::id).toList())
                .containsExactlyInAnyOrderElementsOf(Realm.read().teams());
    }

    @Test
    void theRostersAgentsAreTheRealmsAgentsWithTheirNamesAndTeams() {
        assertThat(DemoRoster.AGENTS.stream()
                        .map(agent -> new Realm.RealmAgent(
                                agent.id(), agent.name(), agent.team().id()))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(Realm.read().agents());
    }

    @Test
    void everyAgentOfTheRealmWorksInBothMonthsUnderItsNameAndTeam() {
        List<Realm.RealmAgent> realm = Realm.read().agents();
        for (YearMonth month : List.of(NOVEMBER, DECEMBER)) {
            Set<Realm.RealmAgent> agents = demo.chats().stream()
                    .filter(chat -> YearMonth.from(start(chat)).equals(month))
                    .map(chat -> new Realm.RealmAgent(
                            chat.agent().id(), chat.agent().name(), chat.agent().team()))
                    .collect(Collectors.toSet());
            assertThat(agents).as("agents in %s", month).containsExactlyInAnyOrderElementsOf(realm);
        }
    }

    @Test
    void chatsFallInTheMonthsUpToTheLastDayOnWeekdaysInOfficeHours() {
        for (Chat chat : demo.chats()) {
            ZonedDateTime start = start(chat);
            assertThat(start.toLocalDate()).isBetween(NOVEMBER.atDay(1), UNTIL);
            assertThat(start.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(start.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 30));
            List<Message> messages = chat.messages();
            assertThat(messages.get(messages.size() - 1).at())
                    .isBetween(messages.get(0).at(), messages.get(0).at().plusSeconds(3600));
            for (int i = 1; i < messages.size(); i++) {
                assertThat(messages.get(i).at()).isAfter(messages.get(i - 1).at());
            }
        }
        assertThat(demo.chats().stream()
                        .map(chat -> YearMonth.from(start(chat)))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(NOVEMBER, DECEMBER);
    }

    @Test
    void gradesSpreadFromFailedToExemplary() {
        long below70 = evaluations.stream()
                .filter(evaluation -> evaluation.score() < 70)
                .count();
        long above85 = evaluations.stream()
                .filter(evaluation -> evaluation.score() > 85)
                .count();

        assertThat(below70).as("chats below 70").isGreaterThanOrEqualTo(evaluations.size() / 5);
        assertThat(above85).as("chats above 85").isGreaterThanOrEqualTo(evaluations.size() / 5);
        assertThat(evaluations).filteredOn(Evaluation::criticalFailure).hasSizeBetween(5, 30);
    }

    @Test
    void theGoodAgentsGradeHighAndTheCarelessOnesLow() {
        assertThat(averageOf("florencia.rios")).isGreaterThan(90);
        assertThat(averageOf("agustina.luna")).isGreaterThan(90);
        assertThat(averageOf("matias.quiroga")).isLessThan(70);
        assertThat(averageOf("ramiro.sosa")).isLessThan(averageOf("diego.acosta"));
    }

    @Test
    void everyFaultAndEveryCustomerTypeShows() {
        assertThat(count(CriterionId.GREETING, Verdict.NOT_MET)).isPositive();
        assertThat(count(CriterionId.HOLD_FOLLOW_UP, Verdict.NOT_MET)).isPositive();
        assertThat(count(CriterionId.HOLD_FOLLOW_UP, Verdict.MET)).isPositive();
        assertThat(count(CriterionId.TICKET, Verdict.MET)).isPositive();
        assertThat(count(CriterionId.TICKET, Verdict.PARTIAL)).isPositive();
        assertThat(count(CriterionId.PLAIN_LANGUAGE, Verdict.NOT_MET)).isPositive();
        assertThat(count(CriterionId.PLAIN_LANGUAGE, Verdict.MET)).isPositive();
        assertThat(count(CriterionId.SPELLING, Verdict.NOT_MET)).isPositive();
        assertThat(count(CriterionId.EMPATHY, Verdict.MET)).isPositive();
        assertThat(evaluations.stream()
                        .flatMap(evaluation -> evaluation.customerTypes().stream())
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(com.towebs.chatqa.evaluation.profile.CustomerType.values());
        assertThat(demo.chats()).filteredOn(Chat::isOpen).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void oneCustomerPastesMarkupAndSomeTypeTheirPanelPassword() {
        assertThat(chatsWhereTheCustomerWrites(text -> text.contains("<script>alert('xss')</script>")
                        && text.contains("<img src=x onerror=alert(1)>")))
                .hasSize(1);
        assertThat(chatsWhereTheCustomerWrites(text -> text.matches(
                        "(?s).*(mi usuario es \\S+ y la clave \\S+" + "|usuario: \\S+ / contraseña: \\S+).*")))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void chatsAreNotCopiesOfEachOther() {
        Set<String> conversations = new HashSet<>();
        for (Chat chat : demo.chats()) {
            conversations.add(chat.messages().stream().map(Message::text).collect(Collectors.joining("\n")));
        }
        assertThat(conversations).hasSize(demo.chats().size());
    }

    private static List<Chat> chatsWhereTheCustomerWrites(Predicate<String> text) {
        return demo.chats().stream()
                .filter(chat -> chat.messages().stream()
                        .anyMatch(message -> message.from() == Speaker.CUSTOMER && text.test(message.text())))
                .toList();
    }

    private static long count(CriterionId criterion, Verdict verdict) {
        return evaluations.stream()
                .filter(evaluation -> evaluation
                        .result(criterion)
                        .map(result -> result.verdict() == verdict)
                        .orElse(false))
                .count();
    }

    private static double averageOf(String agentId) {
        return evaluations.stream()
                .filter(evaluation -> evaluation.agentId().equals(agentId))
                .mapToDouble(Evaluation::score)
                .average()
                .orElseThrow();
    }

    private static ZonedDateTime start(Chat chat) {
        return chat.messages().get(0).at().atZone(DemoData.ZONE);
    }
}
