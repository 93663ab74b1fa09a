package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.review.NoSuchChat;
import com.towebs.chatqa.operations.review.ReviewRejected;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Turns the services' refusals into what a browser understands, for full and ajax requests alike: a refused read
 * is 403, an unknown chat 404 (both with the portal's error pages), a rejected dispute or override a message on
 * the form. The services decide; the pages never check access themselves.
 */
public class AccessExceptionHandler extends ExceptionHandlerWrapper {

    public AccessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable cause = events.next().getContext().getException();
            while (cause != null
                    && !(cause instanceof AccessDenied)
                    && !(cause instanceof NoSuchChat)
                    && !(cause instanceof ReviewRejected)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                continue;
            }
            events.remove();
            if (cause instanceof ReviewRejected rejected) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
                context.validationFailed();
                continue;
            }
            int status = cause instanceof AccessDenied ? 403 : 404;
            try {
                if (context.getPartialViewContext().isAjaxRequest()) {
                    // an ajax response cannot carry an error page: send the browser to the page that shows it
                    context.getExternalContext().setResponseStatus(status);
                }
                context.getExternalContext().responseSendError(status, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AccessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
