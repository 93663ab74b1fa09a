package com.towebs.chatqa.operations.ingestion.whmcs;

/** A call to the panel failed. The message says what and never holds message text or the API secret. */
public class WhmcsException extends Exception {

    /** What went wrong; decides whether trying again can help. */
    public enum Kind {
        /** No answer within the timeout. */
        TIMEOUT(true),
        /** Connection refused or reset. */
        UNREACHABLE(true),
        /** HTTP 5xx. */
        SERVER_ERROR(true),
        /** The body is not the JSON the contract describes (often a truncated answer under load). */
        MALFORMED_RESPONSE(true),
        /** HTTP 403: credentials refused or this server's IP not allowed by the panel. */
        FORBIDDEN(false),
        /** {@code "result":"error"} for the request itself (unknown ticket, bad parameter). */
        API_ERROR(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }
    }

    private final Kind kind;

    public WhmcsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public WhmcsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRetryable() {
        return kind.retryable;
    }
}
