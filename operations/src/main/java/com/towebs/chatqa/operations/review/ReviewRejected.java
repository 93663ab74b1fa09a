package com.towebs.chatqa.operations.review;

import jakarta.ejb.ApplicationException;

/**
 * A dispute or override that cannot be taken as asked (no reason given, the evaluation changed meanwhile, a second
 * open dispute of the same verdict): the message says what to fix. The API answers 409, the pages show it.
 */
@ApplicationException(rollback = true)
public class ReviewRejected extends RuntimeException {

    public ReviewRejected(String message) {
        super(message);
    }
}
