package com.towebs.chatqa.operations.access;

import jakarta.ejb.ApplicationException;

/**
 * The signed-in user may not see or change what they asked for. The pages and the API answer 403; the message
 * says what was refused, never what the refused thing contains.
 */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
