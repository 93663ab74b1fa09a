package com.towebs.chatqa.evaluation.analysis;

import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A chat whose messages have been normalised once, with the views the criteria ask for. */
public final class AnalyzedChat {

    private final Chat chat;
    private final List<AnalyzedMessage> messages;
    private final List<AnalyzedMessage> agentMessages;
    private final List<AnalyzedMessage> customerMessages;

    private AnalyzedChat(Chat chat, List<AnalyzedMessage> messages) {
        this.chat = chat;
        this.messages = List.copyOf(messages);
        this.agentMessages = messages.stream().filter(AnalyzedMessage::isAgent).toList();
        this.customerMessages = messages.stream().filter(AnalyzedMessage::isCustomer).toList();
    }

    public static AnalyzedChat of(Chat chat) {
        List<AnalyzedMessage> analyzed = new ArrayList<>(chat.messages().size());
        for (int i = 0; i < chat.messages().size(); i++) {
            Message message = chat.messages().get(i);
            analyzed.add(new AnalyzedMessage(i, message, SpanishNormalizer.normalize(message.text())));
        }
        return new AnalyzedChat(chat, analyzed);
    }

    public Chat chat() {
        return chat;
    }

    public boolean isOpen() {
        return chat.isOpen();
    }

    public List<AnalyzedMessage> messages() {
        return messages;
    }

    /** Messages written by the agent (not the panel's system messages). */
    public List<AnalyzedMessage> agentMessages() {
        return agentMessages;
    }

    public List<AnalyzedMessage> customerMessages() {
        return customerMessages;
    }

    /** The first message from the ToWebs side: the agent or the panel's automatic welcome. */
    public Optional<AnalyzedMessage> firstAgentSideMessage() {
        return messages.stream().filter(m -> m.from().isAgentSide()).findFirst();
    }

    public Optional<AnalyzedMessage> firstAgentMessage() {
        return agentMessages.stream().findFirst();
    }
}
