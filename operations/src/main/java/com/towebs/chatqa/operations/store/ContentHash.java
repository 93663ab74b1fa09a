package com.towebs.chatqa.operations.store;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of everything in a chat that grading reads. Two deliveries of the same chat hash alike, whatever the
 * source's formatting, so pulling the same data twice stores and grades nothing twice. Every field is written
 * with its length so no two different chats can run together into the same bytes.
 */
final class ContentHash {

    private ContentHash() {}

    static String of(Chat chat) {
        MessageDigest digest = sha256();
        field(digest, chat.status().wireName());
        participant(digest, chat.agent());
        participant(digest, chat.customer());
        field(digest, Integer.toString(chat.messages().size()));
        for (Message message : chat.messages()) {
            field(digest, message.at().toString());
            field(digest, message.from().wireName());
            field(digest, message.text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void participant(MessageDigest digest, Participant participant) {
        field(digest, participant == null ? null : participant.id());
        field(digest, participant == null ? null : participant.name());
        field(digest, participant == null ? null : participant.team());
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
