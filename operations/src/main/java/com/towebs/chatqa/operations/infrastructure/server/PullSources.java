package com.towebs.chatqa.operations.infrastructure.server;

import com.towebs.chatqa.operations.infrastructure.concurrent.BoundedExecutor;
import com.towebs.chatqa.operations.infrastructure.config.KeyValues;
import com.towebs.chatqa.operations.ingestion.ChatSource;
import com.towebs.chatqa.operations.ingestion.ChatSources;
import com.towebs.chatqa.operations.ingestion.whmcs.WhmcsClient;
import com.towebs.chatqa.operations.ingestion.whmcs.WhmcsConfig;
import com.towebs.chatqa.operations.ingestion.whmcs.WhmcsMapping;
import com.towebs.chatqa.operations.ingestion.whmcs.WhmcsSource;
import com.towebs.chatqa.operations.ingestion.whmcs.WhmcsTicketMapper;
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
import org.eclipse.microprofile.config.Config;

/**
 * The sources the scheduler pulls, from the settings: the WHMCS panel when {@code chatqa.whmcs.url} is set.
 * (The drop folder is scanned separately: it has files, not a watermark.)
 */
@ApplicationScoped
public class PullSources implements ChatSources {

    private static final Logger LOG = Logger.getLogger(PullSources.class.getName());

    @Inject
    Config settings;

    @Resource
    ManagedExecutorService executor;

    private List<ChatSource> sources;

    @PostConstruct
    void configure() {
        List<ChatSource> configured = new ArrayList<>();
        settings.getOptionalValue("chatqa.whmcs.url", String.class)
                .ifPresent(url -> configured.add(whmcs(URI.create(url))));
        sources = List.copyOf(configured);
        LOG.log(
                Level.INFO,
                "pull sources: {0}",
                sources.stream().map(ChatSource::name).toList());
    }

    @Override
    public List<ChatSource> all() {
        return sources;
    }

    private ChatSource whmcs(URI url) {
        String identifier = settings.getOptionalValue("chatqa.whmcs.identifier", String.class)
                .orElseThrow(() ->
                        new IllegalStateException("chatqa.whmcs.url is set: chatqa.whmcs.identifier is required"));
        String secret = settings.getOptionalValue("chatqa.whmcs.secret", String.class)
                .orElseThrow(
                        () -> new IllegalStateException("chatqa.whmcs.url is set: chatqa.whmcs.secret is required"));
        WhmcsConfig config = new WhmcsConfig(
                url,
                identifier,
                secret,
                settings.getOptionalValue("chatqa.whmcs.timeout", Duration.class)
                        .orElse(Duration.ofSeconds(20)),
                settings.getOptionalValue("chatqa.whmcs.page-size", Integer.class)
                        .orElse(100));
        WhmcsMapping mapping = new WhmcsMapping(
                ZoneId.of(settings.getOptionalValue("chatqa.whmcs.timezone", String.class)
                        .orElse("America/Argentina/Buenos_Aires")),
                settings.getOptionalValue("chatqa.whmcs.staff", KeyValues.class)
                        .orElse(KeyValues.NONE)
                        .entries(),
                settings.getOptionalValue("chatqa.whmcs.departments", KeyValues.class)
                        .orElse(KeyValues.NONE)
                        .entries(),
                settings.getOptionalValue("chatqa.whmcs.default-agent", String.class)
                        .orElse(null));
        LOG.log(Level.INFO, "WHMCS source: {0}", config);
        return new WhmcsSource(
                new WhmcsClient(config),
                new WhmcsTicketMapper(mapping),
                new WhmcsSource.Retry(
                        settings.getOptionalValue("chatqa.whmcs.retry.attempts", Integer.class)
                                .orElse(3),
                        settings.getOptionalValue("chatqa.whmcs.retry.wait", Duration.class)
                                .orElse(Duration.ofSeconds(1))),
                // each step is one transaction with its watermark and lease renewal: 200 tickets amortise that
                // over more tickets, and a repeated step (after a crash) stays harmless
                settings.getOptionalValue("chatqa.whmcs.step", Integer.class).orElse(200),
                new BoundedExecutor(
                        executor,
                        settings.getOptionalValue("chatqa.whmcs.parallel", Integer.class)
                                .orElse(4)));
    }
}
