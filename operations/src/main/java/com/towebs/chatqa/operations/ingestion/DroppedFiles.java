package com.towebs.chatqa.operations.ingestion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Transcript files dropped in a folder: ingested on each pull, one run per file (the drop folder provides them). */
public interface DroppedFiles {

    Path folder();

    /** Ingests every file waiting in the folder; returns a run report per file. */
    List<RunReport> scan() throws IOException;
}
