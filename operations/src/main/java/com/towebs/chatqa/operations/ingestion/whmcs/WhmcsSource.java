package com.towebs.chatqa.operations.ingestion.whmcs;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.operations.ingestion.ChatSource;
import com.towebs.chatqa.operations.ingestion.Delivery;
import com.towebs.chatqa.operations.ingestion.SourceFailure;
import com.towebs.chatqa.operations.ingestion.SourceRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The panel as a chat source. GetTickets has no date filter and no bodies, so a pull lists every ticket, keeps
 * those answered at or after the watermark (the last reply date of the last ticket stored, in the panel's own
 * {@code Y-m-d H:i:s}, which sorts as text) whose change key differs from the one stored, and fetches those with
 * GetTicket, oldest first, delivering a few at a time with the last reply date as the new watermark. Tickets
 * answered in the same second as the watermark are looked at again and skipped by their key. Calls that fail in
 * a way that can pass (timeouts, 5xx, truncated answers) are retried with exponential backoff; when retries run out
 * the pull stops after delivering what it has, and the next pull resumes there.
 */
public final class WhmcsSource implements ChatSource {

    private static final Logger LOG = Logger.getLogger(WhmcsSource.class.getName());

    private final WhmcsClient client;
    private final WhmcsTicketMapper mapper;
    private final Retry retry;
    private final int stepSize;
    private final Executor fetcher;

    /** Fetches one ticket at a time, on the caller's thread. */
    public WhmcsSource(WhmcsClient client, WhmcsTicketMapper mapper, Retry retry, int stepSize) {
        this(client, mapper, retry, stepSize, Runnable::run);
    }

    /** @param fetcher runs the GetTicket calls of a step (the server's managed executor: several at a time) */
    public WhmcsSource(WhmcsClient client, WhmcsTicketMapper mapper, Retry retry, int stepSize, Executor fetcher) {
        this.client = client;
        this.mapper = mapper;
        this.retry = retry;
        this.stepSize = stepSize;
        this.fetcher = fetcher;
    }

    @Override
    public String name() {
        return WhmcsTicketMapper.SOURCE;
    }

    @Override
    public void pull(String watermark, Delivery delivery) throws SourceFailure {
        List<TicketSummary> candidates = new ArrayList<>();
        for (TicketSummary ticket : listAll(delivery)) {
            if (watermark == null || ticket.lastReply().compareTo(watermark) >= 0) {
                candidates.add(ticket);
            }
        }
        Map<String, String> known = delivery.knownChangeKeys(candidates.stream()
                .map(ticket -> WhmcsTicketMapper.chatId(ticket.id()))
                .toList());
        candidates.removeIf(ticket -> ticket.changeKey().equals(known.get(WhmcsTicketMapper.chatId(ticket.id()))));
        candidates.sort(Comparator.comparing(TicketSummary::lastReply).thenComparing(ticket -> numeric(ticket.id())));

        // each step's tickets are fetched concurrently (the panel is remote: its latency, not our CPU, bounds a
        // sequential pull), the next step's while this one is stored, and delivered in order, so the watermark still
        // only moves past stored tickets
        List<List<TicketSummary>> steps = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += stepSize) {
            steps.add(candidates.subList(from, Math.min(candidates.size(), from + stepSize)));
        }
        List<CompletableFuture<SourceRecord>> next = steps.isEmpty() ? List.of() : fetchAll(steps.get(0), delivery);
        for (int i = 0; i < steps.size(); i++) {
            List<TicketSummary> chunk = steps.get(i);
            List<CompletableFuture<SourceRecord>> fetches = next;
            next = i + 1 < steps.size() ? fetchAll(steps.get(i + 1), delivery) : List.of();
            List<SourceRecord> step = new ArrayList<>();
            String stepWatermark = null;
            for (int t = 0; t < chunk.size(); t++) {
                SourceRecord record;
                try {
                    record = fetches.get(t).join();
                } catch (CompletionException e) {
                    fetches.forEach(fetch -> fetch.cancel(false));
                    next.forEach(fetch -> fetch.cancel(false));
                    if (stepWatermark != null) {
                        delivery.deliver(step, stepWatermark);
                    }
                    if (e.getCause() instanceof SourceFailure failure) {
                        throw failure;
                    }
                    throw e;
                }
                if (record != null) {
                    step.add(record);
                }
                stepWatermark = chunk.get(t).lastReply();
            }
            delivery.deliver(step, stepWatermark);
        }
    }

    /** Starts fetching the tickets; a fetch that finds its future cancelled (the pull stopped) does not call the panel. */
    private List<CompletableFuture<SourceRecord>> fetchAll(List<TicketSummary> tickets, Delivery delivery) {
        List<CompletableFuture<SourceRecord>> fetches = new ArrayList<>(tickets.size());
        for (TicketSummary ticket : tickets) {
            CompletableFuture<SourceRecord> fetch = new CompletableFuture<>();
            fetches.add(fetch);
            fetcher.execute(() -> {
                if (fetch.isDone()) {
                    return;
                }
                try {
                    fetch.complete(fetch(ticket, delivery));
                } catch (SourceFailure failure) {
                    fetch.completeExceptionally(new CompletionException(failure));
                } catch (RuntimeException e) {
                    fetch.completeExceptionally(e);
                }
            });
        }
        return fetches;
    }

    private List<TicketSummary> listAll(Delivery delivery) throws SourceFailure {
        List<TicketSummary> all = new ArrayList<>();
        int start = 0;
        while (true) {
            int from = start;
            TicketPage page = retry.call("GetTickets from " + from, () -> client.listTickets(from), delivery);
            all.addAll(page.tickets());
            start += page.tickets().size();
            if (page.tickets().isEmpty() || start >= page.totalResults()) {
                return all;
            }
        }
    }

    /** The ticket as a record to store or quarantine; null when it vanished from the panel meanwhile. */
    private SourceRecord fetch(TicketSummary summary, Delivery delivery) throws SourceFailure {
        String reference = "ticket #" + summary.tid() + " (id " + summary.id() + ")";
        WhmcsTicket ticket;
        try {
            ticket = retry.callKeepingApiErrors(
                    "GetTicket " + summary.id(), () -> client.getTicket(summary.id()), delivery);
        } catch (WhmcsException e) {
            if (e.kind() == WhmcsException.Kind.API_ERROR) {
                LOG.log(Level.INFO, "{0} is listed but cannot be read ({1}): skipped", new Object[] {
                    reference, e.getMessage()
                });
                return null;
            }
            // retries ran out on an answer that never parses: keep the ticket in quarantine, go on with the others
            return new SourceRecord.Unreadable(reference, e.getMessage(), "");
        }
        try {
            Chat chat = mapper.toChat(ticket);
            // redacted here, on the fetching thread, while the pull thread stores the step before
            return delivery.prepare(new SourceRecord.Readable(reference, chat, summary.changeKey()));
        } catch (WhmcsTicketMapper.UnmappableTicketException e) {
            return new SourceRecord.Unreadable(reference, e.getMessage(), ticket.rawJson());
        }
    }

    /** A quarantined ticket read again from the answer kept with it (after the mapping or the panel was fixed). */
    public SourceRecord reread(String reference, String payload) {
        try {
            WhmcsTicket ticket = WhmcsClient.parseTicket(payload);
            return new SourceRecord.Readable(
                    reference, mapper.toChat(ticket), ticket.summary().changeKey());
        } catch (WhmcsException | WhmcsTicketMapper.UnmappableTicketException e) {
            return new SourceRecord.Unreadable(reference, e.getMessage(), payload);
        }
    }

    private static long numeric(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Retries calls that fail in a way that can pass, waiting {@code firstWait}, then twice as long each time.
     */
    public static final class Retry {
        private final int attempts;
        private final Duration firstWait;

        public Retry(int attempts, Duration firstWait) {
            if (attempts < 1) {
                throw new IllegalArgumentException("at least one attempt");
            }
            this.attempts = attempts;
            this.firstWait = firstWait;
        }

        @FunctionalInterface
        interface Call<T> {
            T run() throws WhmcsException;
        }

        /** Any failure left after the retries ends the pull. */
        <T> T call(String what, Call<T> call, Delivery delivery) throws SourceFailure {
            try {
                return callKeepingApiErrors(what, call, delivery);
            } catch (WhmcsException e) {
                throw new SourceFailure(describe(e), e);
            }
        }

        /**
         * Retryable failures are retried; a request error or malformed answer left after the retries comes back to the
         * caller, which decides about that one record; unreachable, timeouts, 5xx and 403 end the pull.
         */
        <T> T callKeepingApiErrors(String what, Call<T> call, Delivery delivery) throws SourceFailure, WhmcsException {
            Duration wait = firstWait;
            for (int attempt = 1; ; attempt++) {
                try {
                    return call.run();
                } catch (WhmcsException e) {
                    if (!e.isRetryable() || attempt >= attempts) {
                        if (e.kind() == WhmcsException.Kind.API_ERROR
                                || e.kind() == WhmcsException.Kind.MALFORMED_RESPONSE) {
                            throw e;
                        }
                        throw new SourceFailure(
                                describe(e) + (e.isRetryable() ? " (after " + attempt + " attempts)" : ""), e);
                    }
                    delivery.retried(what + ": " + e.kind());
                    sleep(wait);
                    wait = wait.multipliedBy(2);
                }
            }
        }

        private static String describe(WhmcsException e) {
            String hint = e.kind() == WhmcsException.Kind.FORBIDDEN
                    ? " (the panel refused this server: check the API credentials and its IP allow list)"
                    : "";
            return "panel " + e.kind() + ": " + e.getMessage() + hint;
        }

        private static void sleep(Duration wait) throws SourceFailure {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceFailure("interrupted while waiting to retry", e);
            }
        }
    }
}
