package com.towebs.chatqa.tools.cli;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.tools.demo.DemoData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code chatqa generate-demo}: writes the demo chats into a folder, ready for the server's drop folder, and
 * says what it wrote.
 */
final class GenerateDemoCommand {

    private final PrintWriter out;

    GenerateDemoCommand(PrintWriter out) {
        this.out = out;
    }

    int run(GenerateDemoOptions options) throws IOException {
        DemoData data = DemoData.generate(options.months(), options.perMonth(), options.seed(), options.until());
        List<Path> written = data.writeTo(options.out());
        int chats = 0;
        for (Map.Entry<String, List<Chat>> file : data.files().entrySet()) {
            out.printf(
                    "%s\t%d chats%n",
                    options.out().resolve(file.getKey()), file.getValue().size());
            chats += file.getValue().size();
        }
        long live = data.chats().stream().filter(Chat::isOpen).count();
        out.printf(
                "%d demo chats (%d live) in %d files, %d months up to %s, seed %d%n",
                chats, live, written.size(), options.months(), options.until(), options.seed());
        return ChatQaCli.EXIT_OK;
    }
}
