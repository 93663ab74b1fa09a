package com.towebs.chatqa.operations.ingestion.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.operations.ingestion.redaction.Redaction.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole chats: secrets across messages and the requested/supplied flags. */
class RedactChatTest {

    private final Redactor redactor = new Redactor();

    private static List<String> texts(RedactedChat redacted) {
        return redacted.chat().messages().stream().map(Message::text).toList();
    }

    @Test
    void passwordAloneAfterTheAgentAsks() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .customer("no puedo entrar al cpanel")
                .agent("¿Me pasás la contraseña así pruebo?")
                .customer("Hola123!")
                .build());
        assertThat(texts(redacted))
                .containsExactly(
                        "no puedo entrar al cpanel", "¿Me pasás la contraseña así pruebo?", "[REDACTED:PASSWORD]");
        assertThat(redacted.credentialsRequested()).isTrue();
        assertThat(redacted.credentialsSupplied()).isTrue();
        assertThat(redacted.redactions()).containsExactly(new Redaction(2, Kind.PASSWORD));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "¿Me podría indicar su contraseña?",
                "Para revisarlo necesito usuario y contraseña del panel",
                "Pasame tu clave por favor",
                "¿Cuál es tu contraseña?",
                "¿me das la pass?",
                "Por favor envíenos sus credenciales",
                "Decime los datos de acceso y lo veo",
                "¿Y la contraseña?",
                "Para revisar tu cuenta por dentro voy a necesitar el usuario y la contraseña de tu panel, por favor.",
                "¿Podrías indicarme la clave del correo?",
            })
    void agentRequestsInEveryForm(String request) {
        RedactedChat redacted =
                redactor.redact(Chats.of().agent(request).customer("perrito").build());
        assertThat(redacted.credentialsRequested()).isTrue();
        assertThat(texts(redacted).get(1)).startsWith("[REDACTED:");
        assertThat(redacted.credentialsSupplied()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Podés cambiar la contraseña desde el panel",
                "Por seguridad, nunca te vamos a pedir la contraseña",
                "No me pases tu clave por el chat",
                "Necesito que cambies la contraseña del mail",
                "La contraseña tiene que tener 8 caracteres",
                "Te enviamos un mail para restablecer la contraseña",
                "Para recibir te la pidió de nuevo, pero para enviar el teléfono guarda una contraseña aparte.",
                "Y un consejo: no hace falta que me la pases a mí; la contraseña es solo tuya.",
                "¿Te pasa desde cualquier navegador?",
            })
    void agentMessagesThatAreNotRequests(String message) {
        RedactedChat redacted =
                redactor.redact(Chats.of().agent(message).customer("perfecto").build());
        assertThat(redacted.credentialsRequested()).isFalse();
        assertThat(texts(redacted)).containsExactly(message, "perfecto");
    }

    @Test
    void usernameThenPasswordInTwoMessagesAfterOneRequest() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .agent("¿Me pasás usuario y contraseña?")
                .customer("juanp")
                .customer("Hola123")
                .build());
        assertThat(texts(redacted))
                .containsExactly("¿Me pasás usuario y contraseña?", "[REDACTED:USERNAME]", "[REDACTED:PASSWORD]");
        assertThat(redacted.redactions())
                .containsExactly(new Redaction(1, Kind.USERNAME), new Redaction(2, Kind.PASSWORD));
    }

    @Test
    void oneRequestForBothInChatSpelling() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .agent("hola julian, aver q paso. pasame usuario y clave del cpanel xfa")
                .customer("mueblesort")
                .customer("Ortega#1987")
                .build());
        assertThat(redacted.redactions())
                .containsExactly(new Redaction(1, Kind.USERNAME), new Redaction(2, Kind.PASSWORD));
    }

    @Test
    void bothInOneAnswer() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .agent("Necesito los datos de acceso al cpanel")
                .customer("juanp / Hola123")
                .build());
        assertThat(texts(redacted).get(1)).isEqualTo("[REDACTED:USERNAME] / [REDACTED:PASSWORD]");
    }

    @Test
    void labelledUsernameThenBarePasswordInTheNextMessage() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .customer("mi usuario es juanp")
                .customer("y la clave perrito")
                .build());
        assertThat(texts(redacted))
                .containsExactly("mi usuario es [REDACTED:USERNAME]", "y la clave [REDACTED:PASSWORD]");
        assertThat(redacted.credentialsRequested()).isFalse();
        assertThat(redacted.credentialsSupplied()).isTrue();
    }

    @Test
    void labelledUsernameThenPasswordAlone() {
        RedactedChat redacted = redactor.redact(
                Chats.of().customer("usuario: juanp").customer("Mate2024").build());
        assertThat(texts(redacted)).containsExactly("usuario: [REDACTED:USERNAME]", "[REDACTED:PASSWORD]");
    }

    @Test
    void customerAnnouncesThePassword() {
        RedactedChat redacted = redactor.redact(
                Chats.of().customer("te paso la clave").customer("perrito").build());
        assertThat(texts(redacted)).containsExactly("te paso la clave", "[REDACTED:PASSWORD]");
        assertThat(redacted.credentialsRequested()).isFalse();
        assertThat(redacted.credentialsSupplied()).isTrue();
    }

    @Test
    void customerAnnouncesWithAColon() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .customer("la clave del mail es:")
                .customer("ClaveMail1")
                .build());
        assertThat(texts(redacted).get(1)).isEqualTo("[REDACTED:PASSWORD]");
    }

    @Test
    void stallingRepliesKeepTheRequestOpen() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .agent("¿Me pasás la contraseña?")
                .customer("un segundo que la busco")
                .agent("dale, te espero")
                .customer("ok, es Tr0mpeta!")
                .build());
        assertThat(texts(redacted))
                .containsExactly(
                        "¿Me pasás la contraseña?",
                        "un segundo que la busco",
                        "dale, te espero",
                        "ok, es [REDACTED:PASSWORD]");
    }

    @Test
    void acknowledgementsAreNotPasswords() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .agent("¿Me pasás la contraseña?")
                .customer("siii dale")
                .customer("perfecto!")
                .customer("¿cuál?")
                .build());
        assertThat(texts(redacted)).containsExactly("¿Me pasás la contraseña?", "siii dale", "perfecto!", "¿cuál?");
        assertThat(redacted.credentialsRequested()).isTrue();
        assertThat(redacted.credentialsSupplied()).isFalse();
    }

    @Test
    void aSentenceAfterTheRequestIsNotAPassword() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .agent("¿Me pasás la contraseña?")
                .customer("no me la acuerdo, la cambié ayer y no la anoté")
                .build());
        assertThat(texts(redacted).get(1)).isEqualTo("no me la acuerdo, la cambié ayer y no la anoté");
        assertThat(redacted.credentialsSupplied()).isFalse();
    }

    @Test
    void theRequestExpires() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .agent("¿Me pasás la contraseña?")
                .customer("no la tengo")
                .customer("la tiene mi socio")
                .customer("le pregunto mañana")
                .customer("misiones")
                .build());
        assertThat(texts(redacted).get(4)).isEqualTo("misiones");
    }

    @Test
    void noRequestNoSecretsNoFlags() {
        Chat chat = Chats.of()
                .system("Bienvenido a ToWebs")
                .customer("olvidé mi contraseña del cpanel")
                .agent("Te envío el enlace para restablecerla a tu correo")
                .customer("gracias!")
                .build();
        RedactedChat redacted = redactor.redact(chat);
        assertThat(redacted.chat()).isEqualTo(chat);
        assertThat(redacted.credentialsRequested()).isFalse();
        assertThat(redacted.credentialsSupplied()).isFalse();
        assertThat(redacted.redactions()).isEmpty();
        assertThat(redacted.isRedacted()).isFalse();
    }

    @Test
    void cardsAndTokensDoNotCountAsCredentials() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .customer("la tarjeta es 4111 1111 1111 1111")
                .customer("y el token: sk_live_4eC39HqLyjWDarjtT1zdp7dc")
                .build());
        assertThat(redacted.credentialsSupplied()).isFalse();
        assertThat(redacted.redactions()).containsExactly(new Redaction(0, Kind.CARD), new Redaction(1, Kind.TOKEN));
    }

    @Test
    void anAgentTypingAPasswordIsRedactedButIsNotSuppliedByTheCustomer() {
        RedactedChat redacted = redactor.redact(
                Chats.of().agent("Listo, tu contraseña temporal es Xk92!pq").build());
        assertThat(texts(redacted)).containsExactly("Listo, tu contraseña temporal es [REDACTED:PASSWORD]");
        assertThat(redacted.credentialsSupplied()).isFalse();
    }

    @Test
    void chatMetadataIsKept() {
        Chat chat = Chats.of().customer("mi clave es hola123").build();
        Chat redacted = redactor.redact(chat).chat();
        assertThat(redacted.id()).isEqualTo(chat.id());
        assertThat(redacted.status()).isEqualTo(chat.status());
        assertThat(redacted.agent()).isEqualTo(chat.agent());
        assertThat(redacted.customer()).isEqualTo(chat.customer());
        assertThat(redacted.messages().get(0).at())
                .isEqualTo(chat.messages().get(0).at());
        assertThat(redacted.messages().get(0).from())
                .isEqualTo(chat.messages().get(0).from());
    }

    @Test
    void toStringNeverShowsASecret() {
        RedactedChat redacted = redactor.redact(Chats.of()
                .agent("¿Me pasás usuario y contraseña?")
                .customer("usuario: juanp / contraseña: Hola123!")
                .customer("tarjeta 4111111111111111 token sk_live_4eC39HqLyjWDarjtT1zdp7dc")
                .build());
        String shown = redacted.toString()
                + redacted.redactions()
                + redacted.redactions().get(0);
        assertThat(shown)
                .doesNotContain("juanp", "Hola123", "4111111111111111", "sk_live_4eC39HqLyjWDarjtT1zdp7dc")
                .contains("[REDACTED:PASSWORD]", "Redaction[message=1, kind=USERNAME]");
    }
}
