package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.grading.GradingWorker;
import com.towebs.chatqa.operations.model.RunTrigger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pulls every configured source and scans the drop folder on a persistent interval timer ({@code chatqa.pull.period},
 * default five minutes), and on demand. Runs are not serialised here: each source's lease in the database keeps
 * two runs (also on two nodes) from pulling it at once. Chats left pending by a crash are graded at start.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PullScheduler {

    private static final Logger LOG = Logger.getLogger(PullScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "chatqa.pull.period", defaultValue = "PT5M")
    Duration period;

    @Inject
    @ConfigProperty(name = "chatqa.pull.delay", defaultValue = "PT15S")
    Duration firstDelay;

    @Inject
    IngestionService ingestion;

    @Inject
    DroppedFiles dropFolder;

    @Inject
    ChatSources sources;

    @Inject
    GradingWorker grading;

    @PostConstruct
    void schedule() {
        String info = "pull every " + period;
        boolean scheduled = false;
        for (Timer timer : timers.getTimers()) {
            if (info.equals(timer.getInfo()) && !scheduled) {
                scheduled = true; // the persistent timer survived a restart with the same period
            } else {
                timer.cancel();
            }
        }
        if (!scheduled) {
            timers.createIntervalTimer(firstDelay.toMillis(), period.toMillis(), new TimerConfig(info, true));
        }
        LOG.log(Level.INFO, "ingestion scheduled: {0}; drop folder {1}", new Object[] {info, dropFolder.folder()});
        grading.requestPass();
    }

    @Timeout
    void onTimer(Timer timer) {
        pullAll(RunTrigger.TIMER);
    }

    /** A pull started by a person or a script: QA admins and the push client (role ingest). */
    public List<RunReport> pullNow(Viewer viewer) {
        viewer.requireAnyRole(Role.INGEST, Role.QA_ADMIN);
        return pullNow();
    }

    /** Pulls every source and scans the drop folder now, on the caller's thread. */
    public List<RunReport> pullNow() {
        return pullAll(RunTrigger.MANUAL);
    }

    private List<RunReport> pullAll(RunTrigger trigger) {
        List<RunReport> reports = new ArrayList<>();
        for (ChatSource source : sources.all()) {
            reports.add(ingestion.pull(source, trigger));
        }
        try {
            reports.addAll(dropFolder.scan());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "drop folder {0} cannot be read: {1}", new Object[] {
                dropFolder.folder(), e.getMessage()
            });
        }
        grading.requestPass();
        return reports;
    }
}
