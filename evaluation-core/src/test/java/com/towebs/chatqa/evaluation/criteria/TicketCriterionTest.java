package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.criteria.CriterionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.ChatBuilder;
import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketCriterionTest {

    private final Criterion criterion = CriterionFixtures.standard(CriterionId.TICKET);

    private CriterionResult assess(ChatBuilder chat) {
        return criterion.assess(chat.analyzed(), CONTEXT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Te genero el ticket #483920",
                "Listo, ticket 77120 creado",
                "Nro. de caso TW-2231",
                "Tu número de ticket es 55102",
                "Abrí el ticket N° 4412 con el área técnica",
                "Te abrí el ticket 30592: ahí te llega el instructivo",
                "quedó creado el ticket de migración número MIG-48217"
            })
    void aTicketGivenWithItsNumberIsMet(String agent) {
        CriterionResult result =
                assess(ChatBuilder.chat().customer("sigue sin andar").agent(agent));

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "te genero un ticket",
                "voy a derivar al área técnica mediante un ticket",
                "te abrí un ticket y el número te llega por mail en 24 hs"
            })
    void aTicketAnnouncedWithoutANumberIsPartial(String agent) {
        assertThat(assess(ChatBuilder.chat().customer("sigue sin andar").agent(agent))
                        .verdict())
                .isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void aNumberGivenLaterCompletesTheTicket() {
        CriterionResult result = assess(ChatBuilder.chat()
                .customer("sigue sin andar")
                .agent("Te genero un ticket con el área técnica, aguardame")
                .agent("#483920"));

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence()).extracting(e -> e.message()).containsExactly(1, 2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "No hace falta abrir un ticket, ya está",
                "¿Querés que te genere un ticket?",
                "En ese caso probá de nuevo",
                "El plan cuesta 2500 por mes",
                "El caso es que el dominio venció"
            })
    void aTicketRuledOutOfferedOrNeverMentionedIsNotApplicable(String agent) {
        assertThat(assess(ChatBuilder.chat().customer("sigue sin andar").agent(agent))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }
}
