package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.evaluation.transcript.TranscriptReader;
import com.towebs.chatqa.evaluation.transcript.TranscriptRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Transcript-format input (dropped files, pushed requests) as source records: chats, or what is wrong and the text. */
public final class TranscriptRecords {

    private TranscriptRecords() {}

    public static List<SourceRecord> read(Path file) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        new TranscriptReader().read(file, record -> records.add(toSourceRecord(record)));
        return records;
    }

    /** @param name how problems refer to the input (e.g. "request") */
    public static List<SourceRecord> read(String text, String name) {
        List<SourceRecord> records = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new StringReader(text))) {
            new TranscriptReader().read(in, name, record -> records.add(toSourceRecord(record)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
        return records;
    }

    /** A kept (redacted) transcript record read again, as its source would read it. */
    public static SourceRecord reread(String reference, String payload) {
        List<SourceRecord> records = read(payload, reference);
        return records.isEmpty()
                ? new SourceRecord.Unreadable(reference, "the kept payload holds no record", payload)
                : records.get(0);
    }

    private static SourceRecord toSourceRecord(TranscriptRecord record) {
        if (record instanceof TranscriptRecord.Valid valid) {
            return new SourceRecord.Readable(
                    valid.chat().source() + ":" + valid.chat().id(), valid.chat(), null);
        }
        TranscriptRecord.Invalid invalid = (TranscriptRecord.Invalid) record;
        String reference =
                invalid.problem().file() + " record " + invalid.problem().record();
        return new SourceRecord.Unreadable(reference, invalid.problem().describe(), invalid.payload());
    }
}
