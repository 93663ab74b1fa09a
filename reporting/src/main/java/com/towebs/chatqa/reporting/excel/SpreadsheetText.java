package com.towebs.chatqa.reporting.excel;

/**
 * Text from people (agent and team names, chat ids, customer profiles) goes into spreadsheets. A value that starts
 * like a formula would run as one once someone re-saves the sheet as CSV or edits the cell ("CSV injection"), so it
 * is prefixed with a single quote, the OWASP recommendation; the cell stays a string cell.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** The text as it is safe to write in a cell; {@code null} stays {@code null}. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return isFormulaTrigger(text.charAt(0)) ? "'" + text : text;
    }

    private static boolean isFormulaTrigger(char first) {
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
