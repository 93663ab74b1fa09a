package com.towebs.chatqa.operations.ingestion.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.transcript.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property-style: secrets generated at random (fixed seeds, so a failure repeats) and embedded in
 * generated sentences never appear in any output text.
 */
class SecretsNeverSurviveTest {

    private static final int TRIES = 400;
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String SYMBOLS = "!#$%&*-_.@+";

    private final Redactor redactor = new Redactor();

    /** Templates for a mixed password (letters and digits, maybe capitals and symbols): "%s" is the secret. */
    private static final List<String> MIXED_PASSWORD_SENTENCES = List.of(
            "mi clave es %s",
            "MI CONTRASEÑA ES %s",
            "mi contrasena es %s",
            "la contra es %s",
            "contraseña del cpanel: %s",
            "pw: %s",
            "password=%s",
            "Pass: %s",
            "la clave del mail info@x.com es %s",
            "Hola, mi contraseña es %s y no me deja entrar",
            "clave %s",
            "y la clave %s",
            "el pass %s no anda",
            "la contraseña que puse ayer es %s",
            "Su contraseña temporal es: %s",
            "{\"password\":\"%s\"}",
            "contraseña de wordpress: %s\ngracias");

    /** Templates where even a plain word is the secret, because a colon or a second label says so. */
    private static final List<String> PLAIN_PASSWORD_SENTENCES =
            List.of("contraseña: %s", "clave: %s", "usuario juanp clave %s", "user: juanp pass: %s", "pw=%s");

    private static final List<String> TOKEN_SENTENCES = List.of(
            "api key: %s",
            "token=%s",
            "el token es %s",
            "Authorization: Bearer %s",
            "pegué %s en el config",
            "https://x.com/reset?token=%s",
            "la clave de api es %s");

    @Test
    void mixedPasswordsInSentences() {
        checkAll(1, MIXED_PASSWORD_SENTENCES, SecretsNeverSurviveTest::mixedSecret);
    }

    @Test
    void plainWordPasswordsAfterAColonOrASecondLabel() {
        checkAll(2, PLAIN_PASSWORD_SENTENCES, random -> word(random, 6 + random.nextInt(6)));
    }

    @Test
    void usernamesAndPasswordsTogether() {
        Random random = new Random(3);
        List<String> templates = List.of(
                "usuario: %s / contraseña: %s",
                "user %s pass %s", "mi usuario es %s y la clave es %s", "usuario %s clave %s", "usuario:%s clave:%s");
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            String user = word(random, 5 + random.nextInt(6)) + (random.nextBoolean() ? "" : random.nextInt(100));
            String password = mixedSecret(random);
            String template = templates.get(i % templates.size());
            String out = redactor.redactText(String.format(template, user, password));
            if (out.contains(user) || out.contains(password)) {
                leaks.add(out);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void tokens() {
        checkAll(4, TOKEN_SENTENCES, random -> {
            String prefix = List.of("", "sk_live_", "ghp_", "").get(random.nextInt(4));
            return prefix + randomToken(random, 24 + random.nextInt(16));
        });
    }

    @Test
    void cards() {
        Random random = new Random(5);
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            String digits = luhnNumber(random, 13 + random.nextInt(7));
            String typed = digits.length() == 16 && random.nextBoolean()
                    ? String.join(
                            random.nextBoolean() ? " " : "-",
                            digits.substring(0, 4),
                            digits.substring(4, 8),
                            digits.substring(8, 12),
                            digits.substring(12))
                    : digits;
            String out = redactor.redactText("te paso la tarjeta " + typed + ", vence 08/29");
            if (out.replaceAll("[ -]", "").contains(digits)) {
                leaks.add(out);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void lonePasswordsAfterARequestOrAnAnnouncement() {
        Random random = new Random(6);
        List<String> openers = List.of(
                "¿Me pasás la contraseña?", "¿Me podría indicar su contraseña del panel?", "Necesito usuario y clave");
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            String secret = random.nextBoolean() ? mixedSecret(random) : word(random, 6 + random.nextInt(6));
            boolean announced = i % 4 == 3;
            Chats chat = announced
                    ? Chats.of().customer("te paso la clave")
                    : Chats.of().agent(openers.get(i % 3));
            if (!announced && i % 3 == 2) {
                chat.customer("user" + i); // "Necesito usuario y clave": the username comes first
            }
            chat.customer(secret);
            RedactedChat redacted = redactor.redact(chat.build());
            for (Message message : redacted.chat().messages()) {
                if (message.text().contains(secret)) {
                    leaks.add(message.text());
                }
            }
            assertThat(redacted.toString()).doesNotContain(secret);
        }
        assertThat(leaks).isEmpty();
    }

    private void checkAll(long seed, List<String> templates, Function<Random, String> secrets) {
        Random random = new Random(seed);
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            String secret = secrets.apply(random);
            String input = String.format(templates.get(i % templates.size()), secret);
            String out = redactor.redactText(input);
            RedactedChat chat = redactor.redact(Chats.of().customer(input).build());
            if (out.contains(secret) || chat.toString().contains(secret)) {
                leaks.add(input + "  ->  " + out);
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** 6-14 characters: letters and at least one digit, maybe capitals and a symbol. */
    private static String mixedSecret(Random random) {
        int length = 6 + random.nextInt(9);
        StringBuilder secret = new StringBuilder();
        String alphabet = LOWER + (random.nextBoolean() ? UPPER : "") + DIGITS;
        for (int i = 0; i < length; i++) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        secret.setCharAt(random.nextInt(length), DIGITS.charAt(random.nextInt(10)));
        secret.setCharAt(0, LOWER.charAt(random.nextInt(LOWER.length())));
        if (random.nextInt(3) == 0) {
            secret.insert(1 + random.nextInt(length - 1), SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        return secret.toString();
    }

    private static String word(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(LOWER.charAt(random.nextInt(LOWER.length())));
        }
        return word.toString();
    }

    private static String randomToken(Random random, int length) {
        String alphabet = LOWER + UPPER + DIGITS;
        StringBuilder token = new StringBuilder();
        while (!TokenPatterns.looksRandom(token.toString()) || token.length() < length) {
            token.setLength(0);
            for (int i = 0; i < length; i++) {
                token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return token.toString();
    }

    private static String luhnNumber(Random random, int length) {
        StringBuilder number = new StringBuilder("4");
        while (number.length() < length - 1) {
            number.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (CardNumbers.passesLuhn(number.toString() + check)) {
                return number.append(check).toString();
            }
        }
        throw new AssertionError("no Luhn check digit");
    }
}
