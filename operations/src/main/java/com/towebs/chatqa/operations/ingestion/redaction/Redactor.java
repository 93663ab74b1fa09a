package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import com.towebs.chatqa.operations.ingestion.redaction.Redaction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes secrets out of chats before anything is stored: panel usernames and passwords as customers type
 * them, card numbers, API keys and tokens. Each secret is replaced by its marker ({@link Kind#marker()})
 * and the words around it stay, so a reader still sees "mi clave es [REDACTED:PASSWORD]".
 *
 * <p>Plain Java, stateless and thread-safe. It never logs: message text must not reach a log.
 */
public final class Redactor {

    /**
     * How many customer messages an open request ("¿me pasás la contraseña?") or announcement ("te paso
     * la clave") waits for its answer: customers often stall first ("un segundo", "ya te la paso").
     */
    static final int ANSWER_WINDOW = 3;

    /** The chat with every secret replaced, and whether credentials were asked for and given. */
    public RedactedChat redact(Chat chat) {
        List<Message> messages = new ArrayList<>(chat.messages().size());
        List<Redaction> redactions = new ArrayList<>();
        boolean requested = false;
        boolean supplied = false;
        List<Kind> pending = List.of();
        int window = 0;
        for (int index = 0; index < chat.messages().size(); index++) {
            Message message = chat.messages().get(index);
            String text = message.text();
            List<Span> candidates = singleTextSpans(text);
            if (message.from() == Speaker.AGENT) {
                List<Kind> asked = CredentialDialogue.requested(text);
                if (!asked.isEmpty()) {
                    requested = true;
                    pending = asked;
                    window = ANSWER_WINDOW;
                }
            } else if (message.from() == Speaker.CUSTOMER) {
                boolean labelled = candidates.stream().anyMatch(s -> s.kind().isCredential());
                if (window > 0 && !labelled) {
                    candidates.addAll(CredentialDialogue.answer(text, pending));
                }
            }
            List<Span> spans = Span.resolve(candidates);
            if (message.from() == Speaker.CUSTOMER) {
                List<Kind> given = spans.stream()
                        .map(Span::kind)
                        .filter(Kind::isCredential)
                        .toList();
                supplied |= !given.isEmpty();
                List<Kind> announced = CredentialDialogue.announced(text);
                if (!announced.isEmpty()) {
                    pending = announced;
                    window = ANSWER_WINDOW;
                } else if (!given.isEmpty()) {
                    // A username alone: the password usually follows in the next message.
                    boolean onlyUsername = !given.contains(Kind.PASSWORD);
                    pending = onlyUsername ? List.of(Kind.PASSWORD) : List.of();
                    window = onlyUsername ? 2 : 0;
                } else {
                    window = Math.max(0, window - 1);
                }
            }
            for (Span span : spans) {
                redactions.add(new Redaction(index, span.kind()));
            }
            messages.add(
                    spans.isEmpty() ? message : new Message(message.at(), message.from(), Span.apply(text, spans)));
        }
        Chat redacted = new Chat(chat.id(), chat.source(), chat.status(), chat.agent(), chat.customer(), messages);
        return new RedactedChat(redacted, requested, supplied, redactions);
    }

    /**
     * {@code text} with every secret a single text can show replaced: labelled credentials, cards and
     * tokens. For raw payloads that could not be parsed into a chat (a broken record to quarantine).
     */
    public String redactText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return Span.apply(text, Span.resolve(singleTextSpans(text)));
    }

    private static List<Span> singleTextSpans(String text) {
        List<Span> spans = new ArrayList<>();
        String folded = SpanishNormalizer.foldCharacters(text);
        // Most chat messages hold no secret at all: one cheap look for anything the rules start from lets them skip
        // the full patterns (each hint is implied by every match of the rules it guards).
        if (CREDENTIAL_HINT.matcher(folded).find()) {
            CredentialPatterns.find(text, folded, spans);
        }
        if (digits(text) >= CardNumbers.MIN_DIGITS) {
            CardNumbers.find(text, spans);
        }
        if (TOKEN_HINT.matcher(text).find() || TOKEN_WORD_HINT.matcher(folded).find()) {
            TokenPatterns.find(text, folded, spans);
        }
        return spans;
    }

    /** Every credential label contains one of these (see CredentialPatterns.PASSWORD_WORD, USERNAME_WORD). */
    private static final Pattern CREDENTIAL_HINT =
            Pattern.compile("contra|pass|pw|psw|pin|clave|usuario|user|usr|login");
    /** Every token, key or signed URL part is a run of at least 16 of these characters. */
    private static final Pattern TOKEN_HINT = Pattern.compile("[A-Za-z0-9._~+/=-]{16}");
    /** ... or follows one of these labels. */
    private static final Pattern TOKEN_WORD_HINT = Pattern.compile("token|secret|key|api|begin");

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
