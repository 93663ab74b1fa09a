package com.towebs.chatqa.ingestion.server;

import com.towebs.chatqa.ingestion.pull.ChatSource;
import com.towebs.chatqa.ingestion.whmcs.WhmcsClient;
import com.towebs.chatqa.ingestion.whmcs.WhmcsConfig;
import com.towebs.chatqa.ingestion.whmcs.WhmcsMapping;
import com.towebs.chatqa.ingestion.whmcs.WhmcsSource;
import com.towebs.chatqa.ingestion.whmcs.WhmcsTicketMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sources the scheduler pulls, from the settings: the WHMCS panel when {@code chatqa.whmcs.url} is set.
 * (The drop folder is scanned separately: it has files, not a watermark.)
 */
@ApplicationScoped
public class PullSources {

    private static final Logger LOG = Logger.getLogger(PullSources.class.getName());

    @Inject
    Settings settings;

    @Resource
    ManagedExecutorService executor;

    private List<ChatSource> sources;

    @PostConstruct
    void configure() {
        List<ChatSource> configured = new ArrayList<>();
        settings.get("chatqa.whmcs.url").ifPresent(url -> configured.add(whmcs(URI.create(url))));
        sources = List.copyOf(configured);
        LOG.log(
                Level.INFO,
                "pull sources: {0}",
                sources.stream().map(ChatSource::name).toList());
    }

    public List<ChatSource> all() {
        return sources;
    }

    private ChatSource whmcs(URI url) {
        String identifier = settings.get("chatqa.whmcs.identifier")
                .orElseThrow(() ->
                        new IllegalStateException("chatqa.whmcs.url is set: chatqa.whmcs.identifier is required"));
        String secret = settings.get("chatqa.whmcs.secret")
                .orElseThrow(
                        () -> new IllegalStateException("chatqa.whmcs.url is set: chatqa.whmcs.secret is required"));
        WhmcsConfig config = new WhmcsConfig(
                url,
                identifier,
                secret,
                settings.getDuration("chatqa.whmcs.timeout", Duration.ofSeconds(20)),
                settings.getInt("chatqa.whmcs.page-size", 100));
        WhmcsMapping mapping = new WhmcsMapping(
                ZoneId.of(settings.get("chatqa.whmcs.timezone", "America/Argentina/Buenos_Aires")),
                settings.getMap("chatqa.whmcs.staff"),
                settings.getMap("chatqa.whmcs.departments"),
                settings.get("chatqa.whmcs.default-agent").orElse(null));
        LOG.log(Level.INFO, "WHMCS source: {0}", config);
        return new WhmcsSource(
                new WhmcsClient(config),
                new WhmcsTicketMapper(mapping),
                new WhmcsSource.Retry(
                        settings.getInt("chatqa.whmcs.retry.attempts", 3),
                        settings.getDuration("chatqa.whmcs.retry.wait", Duration.ofSeconds(1))),
                // each step is one transaction with its watermark and lease renewal: 200 tickets amortise that
                // over more tickets, and a repeated step (after a crash) stays harmless
                settings.getInt("chatqa.whmcs.step", 200),
                new BoundedExecutor(executor, settings.getInt("chatqa.whmcs.parallel", 4)));
    }
}
