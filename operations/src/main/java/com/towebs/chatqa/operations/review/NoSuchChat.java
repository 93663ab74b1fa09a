package com.towebs.chatqa.operations.review;

import jakarta.ejb.ApplicationException;

/** The chat, evaluation or dispute asked for does not exist (404). */
@ApplicationException(rollback = true)
public class NoSuchChat extends RuntimeException {

    public NoSuchChat(String message) {
        super(message);
    }
}
