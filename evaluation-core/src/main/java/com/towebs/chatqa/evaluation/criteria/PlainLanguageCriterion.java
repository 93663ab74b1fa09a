package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
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

    private static final String FILE = "criteria/plain-language";

    private static final TextPattern QUOTED = TextPattern.compile("«([^»]*)»|\"([^\"]*)\"|“([^”]*)”");

    private final TextPattern jargon;

    /** Terms that are names of files or settings: never part of a host name, so never skipped as one. */
    private final TextPattern fileName;

    /** Explanations read right after a term: a gloss, a definition, a parenthesis, a definition opening the next sentence. */
    private final List<TextPattern> explainedAfter;

    /** Plain words first, the term after them: "lo que se llama propagacion", "(el registro MX)". */
    private final TextPattern namedBefore;

    private final TextPattern steps;

    /** Verb and noun endings of the jargon's word families (deleg-ar, deleg-acion, propag-ado, encript-ado). */
    private final Pattern derivation;

    PlainLanguageCriterion(CueSet cues) {
        jargon = cues.pattern(FILE, "jargon");
        fileName = cues.pattern(FILE, "file-name");
        explainedAfter = List.of(
                cues.pattern(FILE, "gloss-after"),
                cues.pattern(FILE, "definition-after"),
                cues.pattern(FILE, "parenthesis-after"),
                cues.pattern(FILE, "definition-next"));
        namedBefore = cues.pattern(FILE, "named-before");
        steps = cues.pattern(FILE, "steps");
        derivation = cues.pattern(FILE, "derivation").pattern();
    }

    @Override
    public CriterionId id() {
        return CriterionId.PLAIN_LANGUAGE;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        if (!context.customerIs(CustomerType.INEXPERIENCED)) {
            return CriterionResult.withoutEvidence(
                    id(), Verdict.NOT_APPLICABLE, Note.of("plain-language.not-inexperienced"));
        }
        if (chat.agentMessages().isEmpty()) {
            return CriterionResult.withoutEvidence(id(), Verdict.NOT_APPLICABLE, Note.of("plain-language.nothing-yet"));
        }
        Set<String> explained = new HashSet<>();
        Set<String> reported = new HashSet<>();
        List<Evidence> jargon = new ArrayList<>();
        Evidence plain = null;
        for (AnalyzedMessage message : chat.agentMessages()) {
            Set<String> labels = quotedLabels(message);
            String text = message.text().text();
            Matcher term = this.jargon.matcher(text);
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
                plain = message.evidence(steps).orElse(null);
            }
        }
        if (!jargon.isEmpty()) {
            return CriterionResult.of(id(), Verdict.NOT_MET, jargon, Note.of("plain-language.jargon"));
        }
        Evidence shown = Optional.ofNullable(plain)
                .orElseGet(() -> chat.agentMessages().get(0).evidence());
        return CriterionResult.of(id(), Verdict.MET, List.of(shown), Note.of("plain-language.plain"));
    }

    private boolean isExplained(String text, Matcher term) {
        String before = text.substring(Math.max(0, term.start() - 40), term.start());
        if (namedBefore.foundIn(before)) {
            return true;
        }
        for (TextPattern gloss : explainedAfter) {
            Matcher after = gloss.matcher(text).region(term.end(), text.length());
            if (after.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A term inside a host name, an address or a URL ("ftp.midominio.com", "https://...") is a name. */
    private boolean insideAddress(String text, Matcher term) {
        if (fileName.matcher(term.group()).matches()) {
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
    private String key(String term) {
        String key = term.replaceAll("\\s+", " ");
        key = key.endsWith("s") && key.length() > 3 ? key.substring(0, key.length() - 1) : key;
        return derivation.matcher(key).replaceAll("");
    }
}
