package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.operations.ingestion.redaction.Redaction.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** API keys, access tokens and private keys: by known prefix, by label, or by shape. */
final class TokenPatterns {

    /** Provider formats whose prefix alone says "secret". Matched case-sensitively on the original text. */
    static final Pattern KNOWN_PREFIX = Pattern.compile(String.join(
            "|",
            "\\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}", // Stripe
            "\\bgh[pousr]_[A-Za-z0-9]{20,}", // GitHub
            "\\bgithub_pat_[A-Za-z0-9_]{20,}",
            "\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b", // AWS access key id
            "\\bxox[abposr]-[A-Za-z0-9-]{10,}", // Slack
            "\\bglpat-[A-Za-z0-9_-]{20,}", // GitLab
            "\\bAIza[0-9A-Za-z_-]{35}", // Google API key
            "\\bSG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}", // SendGrid
            "\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", // JWT: base64 of '{"'
            "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|\\z)"));

    /** The credential after an HTTP auth scheme; the scheme word itself stays readable. */
    static final Pattern AUTH_SCHEME = Pattern.compile(
            "(?i)\\b(?:bearer|authorization:\\s*basic|token)\\s+" + "(?<value>[A-Za-z0-9._~+/-]{16,}=*)");

    /**
     * Labels of API secrets, in the folded text: "api key: ...", "token=...", "client secret es ...".
     * "clave de api" is the Spanish label.
     */
    static final Pattern LABELLED = Pattern.compile("(?<![\\w-])(?:api[ _-]?(?:key|secret|token)|apikey|"
            + "access[ _-]?(?:key|token)|secret[ _-]?key|auth[ _-]?token|client[ _-]?secret|refresh[ _-]?token|"
            + "token|secret|clave\\s+(?:de\\s+(?:la\\s+)?)?api|clave\\s+secreta)[\"']?"
            + "(?:\\s*(?<symbol>:|=)|\\s+(?:es|seria)(?:\\s*:)?(?=\\s))");

    /**
     * A long run of characters that API keys are made of. Runs beside '.', '@' or ':' belong to domains,
     * e-mail addresses and URLs and are left to {@link #URL} or to nobody.
     */
    static final Pattern LONG_RUN = Pattern.compile("(?<![\\w+/=@.:-])[A-Za-z0-9_+/=-]{20,}(?![\\w+/=@-]|[.:]\\w)");

    /** URLs: a long random path segment or query value is a token (a password reset link, a signed URL). */
    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s\"'<>]+");

    private static final Pattern URL_PART = Pattern.compile("[A-Za-z0-9_+=-]{20,}");

    /** An SSH public key: its base64 body is long and random but not a secret ("ssh-ed25519 AAAAC3..."). */
    private static final Pattern PUBLIC_KEY_TYPE =
            Pattern.compile("(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d+)\\s+$");

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Bits per character below which a long run reads as words or a pattern, not as random. */
    private static final double MIN_ENTROPY_BITS = 3.0;

    private TokenPatterns() {}

    static void find(String original, String folded, List<Span> out) {
        Matcher prefixed = KNOWN_PREFIX.matcher(original);
        while (prefixed.find()) {
            out.add(new Span(prefixed.start(), prefixed.end(), Kind.TOKEN, Span.CERTAIN));
        }
        Matcher scheme = AUTH_SCHEME.matcher(original);
        while (scheme.find()) {
            out.add(new Span(scheme.start("value"), scheme.end("value"), Kind.TOKEN, Span.CERTAIN));
        }
        Matcher labelled = LABELLED.matcher(folded);
        while (labelled.find()) {
            int[] value = SecretValues.valueAfter(original, labelled.end());
            if (value == null) {
                continue;
            }
            String text = original.substring(value[0], value[1]);
            boolean afterSymbol = labelled.group("symbol") != null;
            if (!SecretValues.isSentenceWord(text)
                    && !SecretValues.isAddress(text)
                    && (afterSymbol ? text.length() >= 6 : SecretValues.looksLikeSecret(text))) {
                out.add(new Span(value[0], value[1], Kind.TOKEN, Span.CERTAIN));
            }
        }
        Matcher run = LONG_RUN.matcher(original);
        while (run.find()) {
            boolean publicKey = PUBLIC_KEY_TYPE
                    .matcher(original.substring(Math.max(0, run.start() - 30), run.start()))
                    .find();
            if (!run.group().startsWith("/") && !publicKey && looksRandom(run.group())) {
                out.add(new Span(run.start(), run.end(), Kind.TOKEN, Span.SHAPE));
            }
        }
        Matcher url = URL.matcher(original);
        while (url.find()) {
            Matcher part = URL_PART.matcher(url.group());
            while (part.find()) {
                if (looksRandom(part.group())) {
                    out.add(new Span(url.start() + part.start(), url.start() + part.end(), Kind.TOKEN, Span.SHAPE));
                }
            }
        }
    }

    /**
     * Random-looking: letters and digits interleaved (three or more switches between them, or upper case,
     * lower case and digits together) with enough entropy. "wp-content-uploads-2024" and order numbers
     * like "ORD-2024-000123456789" are not; a UUID is an identifier, not a secret.
     */
    static boolean looksRandom(String run) {
        if (UUID.matcher(run).matches()) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        int digits = 0;
        int letters = 0;
        int switches = 0;
        int lastClass = 0; // 1 letter, 2 digit
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int cls = Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
            if (cls == 1) {
                letters++;
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
            } else if (cls == 2) {
                digits++;
            }
            if (cls != 0) {
                if (lastClass != 0 && cls != lastClass) {
                    switches++;
                }
                lastClass = cls;
            }
        }
        boolean mixed = switches >= 3 || (upper && lower && digits > 0);
        return letters >= 2 && digits >= 2 && mixed && entropy(run) >= MIN_ENTROPY_BITS;
    }

    private static double entropy(String s) {
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < s.length(); i++) {
            counts.merge(s.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / s.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
