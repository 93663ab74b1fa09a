package com.towebs.chatqa.reporting.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"clic\")",
                "+54 11 5555-0000",
                "-5",
                "@SUM(A1:A2)",
                "\t=1+1",
                "\r=1+1",
                "=",
                "-"
            })
    void prefixesTextThatStartsLikeAFormula(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"María González", "chat-123", "a=b", "5-3", "¿Me ayudás?", "'=already quoted"})
    void leavesOtherTextAlone(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }

    @Test
    void keepsNullAndEmpty() {
        assertThat(SpreadsheetText.neutralise(null)).isNull();
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
    }

    @Test
    void prefixesOnlyOnce() {
        String once = SpreadsheetText.neutralise("=1+1");

        assertThat(SpreadsheetText.neutralise(once)).isEqualTo("'=1+1");
    }
}
