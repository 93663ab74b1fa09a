package com.towebs.chatqa.fakewhmcs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A ticket as the fake panel keeps it; dates are the panel's local time, as WHMCS stores them. */
public final class FakeTicket {

    final int id;
    final String tid;
    final int deptId;
    final String deptName;
    final String subject;
    final String clientName;
    final int userId;
    final LocalDateTime opened;
    volatile String status;
    final List<FakeReply> replies = new ArrayList<>();

    FakeTicket(
            int id,
            String tid,
            int deptId,
            String deptName,
            String subject,
            String clientName,
            int userId,
            LocalDateTime opened,
            String status) {
        this.id = id;
        this.tid = tid;
        this.deptId = deptId;
        this.deptName = deptName;
        this.subject = subject;
        this.clientName = clientName;
        this.userId = userId;
        this.opened = opened;
        this.status = status;
    }

    public int id() {
        return id;
    }

    /** The client writes (requestor_type Owner). */
    public synchronized FakeTicket clientReply(LocalDateTime at, String message) {
        replies.add(new FakeReply(replies.size(), at, clientName, "", "Owner", message));
        return this;
    }

    /** A staff member writes (requestor_type Operator, admin = display name). */
    public synchronized FakeTicket staffReply(LocalDateTime at, String staffName, String message) {
        replies.add(new FakeReply(replies.size(), at, staffName, staffName, "Operator", message));
        return this;
    }

    public FakeTicket status(String status) {
        this.status = status;
        return this;
    }

    synchronized LocalDateTime lastReply() {
        return replies.isEmpty() ? opened : replies.get(replies.size() - 1).date();
    }

    synchronized List<FakeReply> repliesSnapshot() {
        return List.copyOf(replies);
    }

    record FakeReply(
            int replyId, LocalDateTime date, String name, String admin, String requestorType, String message) {}
}
