package com.towebs.chatqa.operations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A support agent and the team it belongs to now; each chat keeps the team of its own time. */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    private String id;

    @Column(name = "display_name")
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    protected Agent() {}

    public Agent(String id, String displayName, Team team) {
        this.id = id;
        this.displayName = displayName;
        this.team = team;
    }

    public String getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Team getTeam() {
        return team;
    }

    /**
     * The agent as a newly stored chat shows them: a new display name is taken, and a chat in another team moves the
     * agent there (a chat without a team leaves the agent where they are).
     */
    public void seenAs(String displayName, Team team) {
        if (displayName != null && !displayName.equals(this.displayName)) {
            this.displayName = displayName;
        }
        if (team != null && this.team != team) {
            this.team = team;
        }
    }
}
