package com.towebs.chatqa.evaluation.calibration;

import java.util.Objects;

/** A person's and the engine's verdict on the same question about one chat. */
public record PairedVerdict<C extends Enum<C>>(String chatId, C human, C automatic) {

    public PairedVerdict {
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(human, "human");
        Objects.requireNonNull(automatic, "automatic");
    }

    public boolean agrees() {
        return human == automatic;
    }
}
