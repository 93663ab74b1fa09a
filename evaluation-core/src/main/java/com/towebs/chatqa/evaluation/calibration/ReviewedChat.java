package com.towebs.chatqa.evaluation.calibration;

import com.towebs.chatqa.evaluation.engine.Evaluation;
import java.util.Objects;

/** One chat as a person judged it and as the engine graded it: the unit a calibration compares. */
public record ReviewedChat(HumanVerdicts human, Evaluation automatic) {

    public ReviewedChat {
        Objects.requireNonNull(human, "human");
        Objects.requireNonNull(automatic, "automatic");
        if (!human.chatId().equals(automatic.chatId())) {
            throw new IllegalArgumentException(
                    "the verdicts of chat " + human.chatId() + " paired with the evaluation of " + automatic.chatId());
        }
    }

    public String chatId() {
        return human.chatId();
    }
}
