package com.towebs.chatqa.tools.cli;

/** A command line the program cannot act on; the message says what to change. Exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
