package com.towebs.chatqa.reporting.excel;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with compressed temporary files and inline strings, deflating at a faster level than the JDK default.
 * Every row is deflated twice (into the temporary file, then into the xlsx); at the default level that took about
 * half of a large export's time, for a file only somewhat smaller.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    private final int tempLevel;
    private final int outputLevel;

    StreamingWorkbook(int rowWindow, int tempLevel, int outputLevel) {
        // Inline strings rather than a shared string table: the table would grow with every distinct chat id.
        super(null, rowWindow, true, false);
        this.tempLevel = tempLevel;
        this.outputLevel = outputLevel;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        int level = tempLevel; // the writer's constructor opens the file before this instance's fields are read
        return new GZIPSheetDataWriter() {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
                return new LeveledGzip(new BufferedOutputStream(file, 1 << 16), level);
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(outputLevel);
        return zip;
    }

    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out, 1 << 16);
            def.setLevel(level);
        }
    }
}
