package com.towebs.chatqa.operations.ingestion;

import java.util.List;

/** The sources the scheduler pulls, as the server's settings configure them (the container wiring provides them). */
public interface ChatSources {

    List<ChatSource> all();
}
