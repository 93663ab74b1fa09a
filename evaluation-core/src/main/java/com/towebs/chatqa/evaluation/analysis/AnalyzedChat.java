package com.towebs.chatqa.evaluation.analysis;

import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A chat whose messages have been normalised once, with the views the criteria ask for. */
public final class AnalyzedChat {

    private final Chat chat;
    private final List<AnalyzedMessage> messages;
    private final List<AnalyzedMessage> agentMessages;
    private final List<AnalyzedMessage> customerMessages;
    /** Facts several criteria read (the hold timeline, each message's discourtesy), computed once per chat. */
    private final Map<Object, Object> facts = new HashMap<>();

    private AnalyzedChat(Chat chat, List<AnalyzedMessage> messages) {
        this.chat = chat;
        this.messages = List.copyOf(messages);
        this.agentMessages = messages.stream().filter(AnalyzedMessage::isAgent).toList();
        this.customerMessages =
                messages.stream().filter(AnalyzedMessage::isCustomer).toList();
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

    /**
     * A fact derived from this chat, computed on first request and shared by every criterion that asks
     * with the same key. An analysed chat belongs to one evaluation on one thread.
     */
    @SuppressWarnings("unchecked")
    public <T> T fact(Object key, Function<AnalyzedChat, T> derivation) {
        Object known = facts.get(key);
        if (known == null) {
            known = derivation.apply(this);
            facts.put(key, known);
        }
        return (T) known;
    }

    public Optional<AnalyzedMessage> firstAgentMessage() {
        return agentMessages.stream().findFirst();
    }
}
