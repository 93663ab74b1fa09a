package com.towebs.chatqa.evaluation.engine;

import static com.towebs.chatqa.evaluation.Verdict.MET;
import static com.towebs.chatqa.evaluation.Verdict.NOT_APPLICABLE;
import static com.towebs.chatqa.evaluation.Verdict.NOT_MET;
import static com.towebs.chatqa.evaluation.Verdict.NOT_OBSERVED;
import static com.towebs.chatqa.evaluation.Verdict.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.language.SpanishSpellingChecker;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the chat, the engine keeps its promises: the same chat gets the same evaluation, each criterion
 * answers only with the verdicts the rubric defines for it, evidence points at real messages and quotes
 * words that are really there, and the score stays within 0-100.
 */
class EvaluatorProperties {

    /** The verdicts each criterion may give (issue 2, "Criteria"). */
    static final Map<CriterionId, Set<Verdict>> ALLOWED = Map.ofEntries(
            Map.entry(CriterionId.GREETING, EnumSet.of(MET, NOT_MET, NOT_APPLICABLE)),
            Map.entry(CriterionId.PARAPHRASE, EnumSet.of(MET, NOT_OBSERVED)),
            Map.entry(CriterionId.HOLD_NOTICE, EnumSet.of(MET, NOT_OBSERVED, NOT_APPLICABLE)),
            Map.entry(CriterionId.HOLD_FOLLOW_UP, EnumSet.of(MET, NOT_MET, NOT_APPLICABLE)),
            Map.entry(CriterionId.EXPLANATION, EnumSet.of(MET, NOT_OBSERVED)),
            Map.entry(CriterionId.TICKET, EnumSet.of(MET, PARTIAL, NOT_APPLICABLE)),
            Map.entry(CriterionId.FURTHER_HELP, EnumSet.of(MET, NOT_OBSERVED)),
            Map.entry(CriterionId.DIAGNOSIS, EnumSet.of(MET, NOT_OBSERVED)),
            Map.entry(CriterionId.CUSTOMER_APPRECIATION, EnumSet.of(MET, NOT_OBSERVED)),
            Map.entry(CriterionId.COURTESY, EnumSet.of(MET, NOT_MET)),
            Map.entry(CriterionId.EMPATHY, EnumSet.of(MET, NOT_OBSERVED)),
            Map.entry(CriterionId.PLAIN_LANGUAGE, EnumSet.of(MET, NOT_MET, NOT_APPLICABLE)),
            Map.entry(CriterionId.SPELLING, EnumSet.of(MET, PARTIAL, NOT_MET, NOT_APPLICABLE)));

    private static final Evaluator EVALUATOR = new Evaluator(Rubric.standard(), new SpanishSpellingChecker());

    private static final List<String> AGENT_LINES = List.of(
            "Hola, buen día! Soy Lucía de ToWebs",
            "Entiendo, no te salen los mails desde Outlook",
            "Aguardame un momento que lo reviso",
            "Sigo revisando, dame un minuto más porfa",
            "Listo, el problema era que el MX apuntaba a otro servidor, ya lo corregí",
            "Te genero el ticket #48213 para que le des seguimiento",
            "¿Te puedo ayudar en algo más?",
            "¿Desde qué enlace intentás entrar al cpanel?",
            "Como ya te dije, eso es obvio",
            "Disculpá la demora",
            "Abrí el navegador, escribí tudominio.com/cpanel y poné tu usuario",
            "ok",
            "Pasame tu usuario y contraseña del panel",
            "Te voy a generar un ticket con el área técnica",
            "",
            "   ",
            "😀😀",
            "ESTO NO ES ASI!!!",
            "x q no probas d nuevo");
    private static final List<String> CUSTOMER_LINES = List.of(
            "hola no me salen los mails",
            "GRACIAS!!! me salvaste",
            "gracias por nada",
            "hola?",
            "sigue ahi?",
            "no entiendo nada de esto, que es el cpanel?",
            "ya revise los registros MX y el SPF esta bien",
            "son unos inutiles, es una verguenza",
            "usuario: mgarcia clave: Lun4r2024",
            "ok",
            "🙏",
            "",
            "mi sobrino me armo la pagina y ahora esta de vacaciones en Mar del Plata con la novia",
            "ESTOY HARTO HACE 3 DIAS QUE NO ANDA",
            "genio!!",
            "buena atencion");
    private static final List<String> SYSTEM_LINES =
            List.of("Bienvenido a ToWebs, ¿en qué podemos ayudarte?", "El chat fue transferido", "");

    @Provide
    Arbitrary<Chat> chats() {
        Arbitrary<Message> message = Combinators.combine(
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.of(Speaker.class),
                        Arbitraries.integers().between(0, 1000))
                .as((gap, speaker, pick) -> {
                    List<String> lines = switch (speaker) {
                        case AGENT -> AGENT_LINES;
                        case CUSTOMER -> CUSTOMER_LINES;
                        case SYSTEM -> SYSTEM_LINES;
                    };
                    // The gap is carried in the timestamp's seconds and turned into a running clock below.
                    return new Message(Instant.ofEpochSecond(gap), speaker, lines.get(pick % lines.size()));
                });
        return Combinators.combine(message.list().ofMaxSize(30), Arbitraries.of(ChatStatus.class))
                .as((messages, status) -> {
                    List<Message> timed = new ArrayList<>();
                    Instant clock = Instant.parse("2026-10-03T14:00:00Z");
                    for (Message m : messages) {
                        clock = clock.plusSeconds(m.at().getEpochSecond());
                        timed.add(new Message(clock, m.from(), m.text()));
                    }
                    return new Chat("gen", "test", status, Participant.withId("agent"), null, timed);
                });
    }

    @Property(tries = 300)
    void theSameChatAlwaysGetsTheSameEvaluation(@ForAll("chats") Chat chat) {
        assertThat(EVALUATOR.evaluate(chat)).isEqualTo(EVALUATOR.evaluate(chat));
    }

    @Property(tries = 300)
    void everyCriterionAnswersWithItsOwnVerdicts(@ForAll("chats") Chat chat) {
        for (CriterionResult result : EVALUATOR.evaluate(chat).criteria()) {
            assertThat(ALLOWED.get(result.criterion())).as(result.toString()).contains(result.verdict());
        }
    }

    @Property(tries = 300)
    void evidenceQuotesWordsOfTheMessageItNames(@ForAll("chats") Chat chat) {
        Evaluation evaluation = EVALUATOR.evaluate(chat);
        List<Evidence> evidence = new ArrayList<>();
        evaluation.criteria().forEach(result -> evidence.addAll(result.evidence()));
        for (ProfileFinding finding : evaluation.customerProfile()) {
            evidence.addAll(finding.signals());
            evidence.addAll(finding.handlingEvidence());
        }
        for (Evidence item : evidence) {
            assertThat(item.message()).isBetween(0, chat.messages().size() - 1);
            String text = chat.messages().get(item.message()).text();
            String quote = item.quote().endsWith("...")
                    ? item.quote().substring(0, item.quote().length() - 3)
                    : item.quote();
            assertThat(text).as("evidence %s", item).contains(quote);
        }
    }

    @Property(tries = 300)
    void scoreStaysWithinZeroAndHundred(@ForAll("chats") Chat chat) {
        Evaluation evaluation = EVALUATOR.evaluate(chat);
        assertThat(evaluation.score()).isBetween(0.0, 100.0);
        assertThat(evaluation.scoreBeforeCap()).isBetween(evaluation.score(), 100.0);
    }
}
