package com.towebs.chatqa.operations.model;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat as stored: redacted messages, where it came from and where it stands with grading. One row per
 * (source, external id); a chat that grows is updated in place and graded again, its evaluations kept.
 */
@Entity
@Table(name = "chat")
public class StoredChat {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_seq")
    @SequenceGenerator(name = "chat_seq", sequenceName = "chat_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChatStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "last_message_at")
    private Instant lastMessageAt;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "source_change_key")
    private String sourceChangeKey;

    @Column(name = "credentials_requested", nullable = false)
    private boolean credentialsRequested;

    @Column(name = "credentials_supplied", nullable = false)
    private boolean credentialsSupplied;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_state", nullable = false)
    private GradingState gradingState;

    @Column(name = "grading_attempts", nullable = false)
    private int gradingAttempts;

    @Column(name = "grading_error")
    private String gradingError;

    @Column(name = "first_ingested_at", nullable = false)
    private Instant firstIngestedAt;

    @Column(name = "last_ingested_at", nullable = false)
    private Instant lastIngestedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "chat_message", joinColumns = @JoinColumn(name = "chat_id"))
    @OrderColumn(name = "message_index")
    private List<StoredMessage> messages = new ArrayList<>();

    protected StoredChat() {}

    public StoredChat(String source, String externalId, Instant now) {
        this.source = source;
        this.externalId = externalId;
        this.firstIngestedAt = now;
    }

    /**
     * Takes the chat's current (redacted) content. Messages that are unchanged keep their rows, so a live
     * chat that grew only inserts its new messages.
     */
    public void takeContent(
            Chat chat,
            Agent agent,
            Team team,
            String contentHash,
            String sourceChangeKey,
            boolean credentialsRequested,
            boolean credentialsSupplied,
            Instant now) {
        this.status = chat.status();
        this.agent = agent;
        this.team = team;
        this.customerId = chat.customer() == null ? null : chat.customer().id();
        this.customerName = chat.customer() == null ? null : chat.customer().name();
        List<Message> incoming = chat.messages();
        this.startedAt = incoming.isEmpty() ? null : incoming.get(0).at();
        this.lastMessageAt =
                incoming.isEmpty() ? null : incoming.get(incoming.size() - 1).at();
        this.messageCount = incoming.size();
        this.contentHash = contentHash;
        this.sourceChangeKey = sourceChangeKey;
        this.credentialsRequested = credentialsRequested;
        this.credentialsSupplied = credentialsSupplied;
        this.lastIngestedAt = now;
        replaceMessages(incoming);
        markForGrading();
    }

    public void noteSourceChangeKey(String sourceChangeKey) {
        if (sourceChangeKey != null && !sourceChangeKey.equals(this.sourceChangeKey)) {
            this.sourceChangeKey = sourceChangeKey;
        }
    }

    private void replaceMessages(List<Message> incoming) {
        int common = 0;
        while (common < messages.size()
                && common < incoming.size()
                && messages.get(common).sameAs(toStored(incoming.get(common)))) {
            common++;
        }
        while (messages.size() > common) {
            messages.remove(messages.size() - 1);
        }
        for (int i = common; i < incoming.size(); i++) {
            messages.add(toStored(incoming.get(i)));
        }
    }

    private static StoredMessage toStored(Message message) {
        return new StoredMessage(message.at(), message.from(), message.text());
    }

    public void markForGrading() {
        this.gradingState = GradingState.PENDING;
        this.gradingAttempts = 0;
        this.gradingError = null;
    }

    public void markGraded() {
        this.gradingState = GradingState.GRADED;
        this.gradingError = null;
    }

    /** Counts a failed grading attempt; after {@code maxAttempts} the chat is parked with the reason. */
    public void recordGradingFailure(String reason, int maxAttempts) {
        this.gradingAttempts++;
        this.gradingError = reason;
        if (gradingAttempts >= maxAttempts) {
            this.gradingState = GradingState.PARKED;
        }
    }

    /** The stored chat in the engine's model, for grading. */
    public Chat toTranscript() {
        List<Message> transcript = new ArrayList<>(messages.size());
        for (StoredMessage message : messages) {
            transcript.add(new Message(message.getSentAt(), message.getSpeaker(), message.getBody()));
        }
        Participant agentParticipant =
                new Participant(agent.getId(), agent.getDisplayName(), team == null ? null : team.getId());
        Participant customer = customerId == null && customerName == null
                ? null
                : new Participant(customerId == null ? "" : customerId, customerName, null);
        return new Chat(externalId, source, status, agentParticipant, customer, transcript);
    }

    /** The team the chat belongs to (the agent's when it was taken), or null. */
    public String teamId() {
        return team == null ? null : team.getId();
    }

    /** The agent's display name, or its id when the source gave none. */
    public String agentName() {
        return agent.getDisplayName() == null ? agent.getId() : agent.getDisplayName();
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getExternalId() {
        return externalId;
    }

    public ChatStatus getStatus() {
        return status;
    }

    public Agent getAgent() {
        return agent;
    }

    public Team getTeam() {
        return team;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public int getMessageCount() {
        return messageCount;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSourceChangeKey() {
        return sourceChangeKey;
    }

    public boolean isCredentialsRequested() {
        return credentialsRequested;
    }

    public boolean isCredentialsSupplied() {
        return credentialsSupplied;
    }

    public GradingState getGradingState() {
        return gradingState;
    }

    public int getGradingAttempts() {
        return gradingAttempts;
    }

    public String getGradingError() {
        return gradingError;
    }

    public List<StoredMessage> getMessages() {
        return List.copyOf(messages);
    }
}
