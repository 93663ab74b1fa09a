package com.towebs.chatqa.operations.ingestion.dropfolder;

import com.towebs.chatqa.operations.ingestion.DroppedFiles;
import com.towebs.chatqa.operations.ingestion.IngestionService;
import com.towebs.chatqa.operations.ingestion.RunReport;
import com.towebs.chatqa.operations.ingestion.TranscriptRecords;
import com.towebs.chatqa.operations.model.RunTrigger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A folder people or scripts drop transcript files into (.json, .jsonl). Each file is ingested as one run and
 * then moved to {@code processed/}; its unreadable records are quarantined like any other. A file still being
 * written (changed in the last seconds, or named *.part / *.tmp) waits for the next scan. A crash between
 * ingesting and moving a file only makes the next scan find its chats unchanged.
 */
public final class DropFolder implements DroppedFiles {

    public static final String SOURCE = "drop-folder";
    private static final Logger LOG = Logger.getLogger(DropFolder.class.getName());
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final Path folder;
    private final IngestionService ingestion;
    private final Clock clock;

    public DropFolder(Path folder, IngestionService ingestion, Clock clock) {
        this.folder = folder;
        this.ingestion = ingestion;
        this.clock = clock;
    }

    @Override
    public Path folder() {
        return folder;
    }

    /** Ingests every settled file; returns one report per file. */
    @Override
    public List<RunReport> scan() throws IOException {
        Files.createDirectories(folder.resolve("processed"));
        List<RunReport> reports = new ArrayList<>();
        for (Path file : settledFiles()) {
            RunReport report = ingestion.ingest(SOURCE, RunTrigger.DROP_FOLDER, TranscriptRecords.read(file));
            Files.move(
                    file, folder.resolve("processed").resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            LOG.log(Level.INFO, "drop folder: {0}: {1}", new Object[] {file.getFileName(), report.counts()});
            reports.add(report);
        }
        return reports;
    }

    private List<Path> settledFiles() throws IOException {
        long settledBefore = clock.millis() - SETTLE.toMillis();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".json") || name.endsWith(".jsonl");
                    })
                    .filter(file -> lastModified(file) < settledBefore)
                    .sorted()
                    .toList();
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE; // vanished or unreadable now: try again next scan
        }
    }
}
