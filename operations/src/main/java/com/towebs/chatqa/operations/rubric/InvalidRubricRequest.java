package com.towebs.chatqa.operations.rubric;

import jakarta.ejb.ApplicationException;

/**
 * A rubric version or re-evaluation request that cannot be carried out (malformed or taken version, unknown base,
 * reversed period). An {@link IllegalArgumentException}, and an application exception so that callers of the EJBs
 * get it as thrown rather than wrapped in an {@code EJBException}.
 */
@ApplicationException(rollback = true)
public class InvalidRubricRequest extends IllegalArgumentException {

    public InvalidRubricRequest(String message) {
        super(message);
    }

    public InvalidRubricRequest(String message, Throwable cause) {
        super(message, cause);
    }
}
