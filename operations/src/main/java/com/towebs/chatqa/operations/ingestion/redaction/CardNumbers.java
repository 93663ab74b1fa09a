package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.operations.ingestion.redaction.Redaction.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Payment card numbers: 13 to 19 digits, as typed (in one run or in groups), that pass the Luhn check. */
final class CardNumbers {

    /**
     * One run of 13-19 digits, or groups separated by one space or dash used consistently: 4-4-4-4(+1..3),
     * 4-4-4-1 (13), Amex 4-6-5 and Diners 4-6-4. Not right after '#' (a ticket) nor inside a longer number.
     */
    /** The fewest digits a card number has. */
    static final int MIN_DIGITS = 13;

    static final Pattern CANDIDATE = Pattern.compile("(?<![\\d#.,-])(?:\\d{13,19}"
            + "|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{1,7}"
            + "|\\d{4}([ -])\\d{6}\\2\\d{4,5})(?![\\d]|[.,-]\\d)");

    private CardNumbers() {}

    static void find(String original, List<Span> out) {
        Matcher matcher = CANDIDATE.matcher(original);
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && digits.length() <= 19 && passesLuhn(digits)) {
                out.add(new Span(matcher.start(), matcher.end(), Kind.CARD, Span.CERTAIN));
            }
        }
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
