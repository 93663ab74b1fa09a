package com.towebs.chatqa.operations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A support team (WHMCS: a department). Its id is the team id chats and agents carry. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    protected Team() {}

    public Team(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
