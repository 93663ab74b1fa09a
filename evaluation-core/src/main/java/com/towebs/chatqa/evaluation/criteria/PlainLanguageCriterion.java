package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLAIN_LANGUAGE: with a customer who shows it is inexperienced, the agent speaks in plain words. Any
 * technical term the agent leaves unexplained fails it (each one is quoted); otherwise it is met.
 *
 * <p>A term counts as explained when the agent says what it is where it uses it: an apposition or gloss
 * ("el registro MX, que es como la direccion...", "la propagacion, o sea el tiempo que...", "IMAP (la opcion
 * que...)"), a definition ("El cPanel es el panel de control"), a definition opening the next sentence
 * ("Elegi IMAP. Es la opcion que..."), or the plain words first and the term after them ("la direccion de tus
 * mails (el registro MX)"). Once explained, a term may be used again. The explanation is itself read for
 * jargon: "el A es el que asocia el dominio a una IP" explains A and leaves IP unexplained.
 *
 * <p>Not jargon: names the customer reads on screen, quoted as labels to click ("toca «Personal (IMAP)»"),
 * and terms inside host names, addresses and URLs ("ftp.midominio.com", "https://...").
 */
final class PlainLanguageCriterion implements Criterion {

    private static final TextPattern JARGON = TextPattern.compile("\\b(?:"
            + "registros?\\s+(?:mx|txt|cname|ptr|aaaa|spf|dns|a\\b(?!\\s+(?:nombre|tu|su|la|el|los|las|traves|partir|mano)))|"
            + "mx|dns|dnssec|ttl|smtp|imap|pop3?|cname|spf|dkim|dmarc|ptr|caa|"
            + "(?:auto)?ssl|tls|https?|s?ftp|ssh|php|multiphp|mysql|phpmyadmin|sql|cron|crontab|wp-cli|"
            + "bases?\\s+de\\s+datos|cache|htaccess|nameservers?|servidor(?:es)?\\s+de\\s+nombres?|"
            + "(?:el|los|un|del)\\s+resolvers?|"
            + "deleg(?:ar|arlo|arla|ue|ues|uen|a|an|as|acion|aciones|ado|ada|ados|adas)|"
            + "propag(?:acion|aciones|ar|arse|a|an|ue|uen|ando|ado|ada|ara)|"
            + "apunt(?:ar|a|e|en|ando|ado|amos|as)\\s+(?:a\\b|(?:el|tu|su|los|tus|sus)?\\s*(?:dominio|dns|registros?))|"
            + "ips?|host|puertos?|logs?|snapshots?|cifrado|encriptad[oa]|encriptacion|"
            + "ipconfig|flushdns|nslookup|traceroute|"
            + "[a-z0-9-]+\\.(?:php|ini|htaccess|conf|log|sql|cgi|env|json|xml|yml)|[a-z][a-z0-9]*_[a-z0-9_]+"
            + ")\\b");

    /** Terms that are names of files or settings: never part of a host name, so never skipped as one. */
    private static final TextPattern IDENTIFIER = TextPattern.compile("[a-z0-9-]+\\.[a-z]+|[a-z][a-z0-9]*_[a-z0-9_]+");

    /** A gloss right after the term, in the same sentence: ", que es...", ", o sea...", " (es como...)". */
    private static final TextPattern GLOSS_AFTER = TextPattern.compile(
            "[^.!?;]{0,30}?(?:[,(:\\-]\\s*)?\\b(?:que\\s+(?:es|son|seria|"
                    + "serian|significa|quiere\\s+decir|basicamente|funciona\\s+como|sirve\\s+para)|o\\s+sea|osea|es\\s+decir|"
                    + "vendria\\s+a\\s+ser|(?:es|son)\\s+como|una\\s+especie\\s+de|algo\\s+asi\\s+como|como\\s+si\\s+fuera)\\b");

    /** A definition with the term as subject: "el A es el que...", "el cPanel es el panel...". */
    private static final TextPattern DEFINITION_AFTER =
            TextPattern.compile("\\s*(?:\\([^)]*\\)\\s*)?,?\\s*(?:es|son|significa|"
                    + "significan|quiere\\s+decir|sirve\\s+para|sirven\\s+para|funciona\\s+como|vendria\\s+a\\s+ser|seria|serian)"
                    + "\\s+(?:(?:justamente|precisamente|exactamente|basicamente|simplemente)\\s+)?"
                    + "(?:el|la|los|las|un|una|unos|unas|como|lo\\s+que|donde|basicamente|simplemente|algo|para|eso(?=\\s*:)"
                    // "delegar es avisarle a NIC...": what doing it means
                    + "|\\w+(?:ar|er|ir)(?:le|les|lo|la|los|las|se)?)\\b");

    /** A parenthesis of at least three words after the term: "IMAP (la opcion que deja...)". */
    private static final TextPattern PARENTHESIS_AFTER = TextPattern.compile("\\s*\\((?:[^)\\s]+\\s+){2,}[^)]*\\)");

    /** A definition opening the next sentence: "... IMAP. Es la opcion que...". */
    private static final TextPattern DEFINITION_NEXT =
            TextPattern.compile("[^.!?;]*[.!?;:]+\\s*(?:es|son|eso\\s+es|esto\\s+es|"
                    + "o\\s+sea|osea|es\\s+decir|basicamente|seria|serian|funciona\\s+como|sirve\\s+para)\\s+(?:el|la|los|las|un|"
                    + "una|como|lo\\s+que|donde|que|algo|para)\\b");

    /** Plain words first, the term after them: "lo que se llama propagacion", "(el registro MX)". */
    private static final TextPattern NAMED_BEFORE = TextPattern.compile(
            "(?:lo\\s+que\\s+(?:se\\s+llama|llamamos|se\\s+conoce\\s+como)"
                    + "|que\\s+se\\s+llama|se\\s+llama|llamad[oa]s?|conocid[oa]s?\\s+como|\\()\\s*(?:el|la|los|las|un|una)?\\s*$");

    private static final TextPattern QUOTED = TextPattern.compile("«([^»]*)»|\"([^\"]*)\"|“([^”]*)”");

    private static final TextPattern STEPS = TextPattern.compile("\\bpaso\\s+a\\s+paso\\b|(?:^|\\s)1\\s*[).-]\\s*\\w"
            + "|\\bprimero,?\\s+(?:entra|abri|anda|hace|toca|busca|escribi|elegi|fijate)\\b");

    @Override
    public CriterionId id() {
        return CriterionId.PLAIN_LANGUAGE;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        if (!context.customerIs(CustomerType.INEXPERIENCED)) {
            return CriterionResult.withoutEvidence(id(), Verdict.NOT_APPLICABLE, "the customer is not inexperienced");
        }
        if (chat.agentMessages().isEmpty()) {
            return CriterionResult.withoutEvidence(id(), Verdict.NOT_APPLICABLE, "no agent message to judge yet");
        }
        Set<String> explained = new HashSet<>();
        Set<String> reported = new HashSet<>();
        List<Evidence> jargon = new ArrayList<>();
        Evidence plain = null;
        for (AnalyzedMessage message : chat.agentMessages()) {
            Set<String> labels = quotedLabels(message);
            String text = message.text().text();
            Matcher term = JARGON.matcher(text);
            while (term.find()) {
                String key = key(term.group());
                if (explained.contains(key) || insideAddress(text, term)) {
                    continue;
                }
                // a label on screen needs no explanation, but one the agent defines is explained from then on
                if (isExplained(text, term)) {
                    explained.add(key);
                    if (plain == null) {
                        plain = new Evidence(
                                message.index(),
                                message.text()
                                        .match(term.start(), Math.min(text.length(), term.end() + 40))
                                        .quote());
                    }
                } else if (!isLabel(term.group(), labels) && reported.add(key)) {
                    jargon.add(new Evidence(
                            message.index(),
                            message.text().match(term.start(), term.end()).quote()));
                }
            }
            if (plain == null) {
                plain = message.evidence(STEPS).orElse(null);
            }
        }
        if (!jargon.isEmpty()) {
            return CriterionResult.of(
                    id(), Verdict.NOT_MET, jargon, "technical terms left unexplained to an inexperienced customer");
        }
        Evidence shown = Optional.ofNullable(plain)
                .orElseGet(() -> chat.agentMessages().get(0).evidence());
        return CriterionResult.of(id(), Verdict.MET, List.of(shown), "plain words: no unexplained technical term");
    }

    private static boolean isExplained(String text, Matcher term) {
        String before = text.substring(Math.max(0, term.start() - 40), term.start());
        if (NAMED_BEFORE.foundIn(before)) {
            return true;
        }
        for (TextPattern gloss : List.of(GLOSS_AFTER, DEFINITION_AFTER, PARENTHESIS_AFTER, DEFINITION_NEXT)) {
            Matcher after = gloss.matcher(text).region(term.end(), text.length());
            if (after.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A term inside a host name, an address or a URL ("ftp.midominio.com", "https://...") is a name. */
    private static boolean insideAddress(String text, Matcher term) {
        if (IDENTIFIER.matcher(term.group()).matches()) {
            return text.startsWith("@", term.end());
        }
        char before = term.start() > 0 ? text.charAt(term.start() - 1) : ' ';
        char after = term.end() < text.length() ? text.charAt(term.end()) : ' ';
        char next = term.end() + 1 < text.length() ? text.charAt(term.end() + 1) : ' ';
        return before == '.'
                || before == '@'
                || before == '/'
                || before == '-'
                || after == '@'
                || after == '/'
                || after == '_'
                || after == '-'
                || (after == '.' && Character.isLetterOrDigit(next))
                || (after == ':' && next == '/');
    }

    private static Set<String> quotedLabels(AnalyzedMessage message) {
        Set<String> labels = new HashSet<>();
        Matcher quoted = QUOTED.matcher(message.message().text());
        while (quoted.find()) {
            for (int g = 1; g <= quoted.groupCount(); g++) {
                if (quoted.group(g) != null) {
                    labels.add(SpanishNormalizer.normalize(quoted.group(g)).text());
                }
            }
        }
        return labels;
    }

    private static boolean isLabel(String term, Set<String> labels) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(term) + "\\b");
        return labels.stream().anyMatch(label -> word.matcher(label).find());
    }

    /**
     * One key per term whatever its number, spacing or word form: "registros MX" and "registro mx" are one term,
     * and so are "delegar" and "la delegacion" once one of them is explained.
     */
    private static String key(String term) {
        String key = term.replaceAll("\\s+", " ");
        key = key.endsWith("s") && key.length() > 3 ? key.substring(0, key.length() - 1) : key;
        return DERIVATION.matcher(key).replaceAll("");
    }

    /** Verb and noun endings of the jargon's word families (deleg-ar, deleg-acion, propag-ado, encript-ado). */
    private static final Pattern DERIVATION = Pattern.compile("(?<=\\w{4})(?:aciones|acione|acion|ando|arse|arlo|arla|"
            + "ados|adas|ado|ada|ar|an|a|ue|uen|e|en|amos|ara)\\b");
}
