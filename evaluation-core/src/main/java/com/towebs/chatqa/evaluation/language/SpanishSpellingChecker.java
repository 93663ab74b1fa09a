package com.towebs.chatqa.evaluation.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;

/**
 * Spanish spelling as ToWebs grades it: a word is an error when LanguageTool's Spanish dictionary (the
 * morfologik word list of {@code org.softcatala:spanish-pos-dict}, which already holds voseo forms and
 * enclitic imperatives such as "tenés", "fijate", "decime", "avisame") does not know it, and chat
 * abbreviations ("q", "xq", "tmb", "x" for "por"...) are errors even though they are understood.
 *
 * <p>The rubric grades carefulness, not typography, so the checker is lenient where chat writing
 * differs harmlessly from print: missing or misplaced accent marks and an "n" typed for "ñ" are accepted
 * ("informacion", "contrasena", "ténes"); so are URLs, e-mail addresses, domains, file names, numbers,
 * ids with digits and emoji (which are not words at all and not counted), hosting vocabulary and common
 * rioplatense words from {@value #ACCEPTED_WORDS}, diminutives of known words ("minutito"), laughter
 * ("jaja") and letters stretched for emphasis ("holaaa"). A capitalised unknown word in the middle of a
 * sentence is taken for a name (people, companies, products: "Hostinger", "FileZilla"); at the start of a
 * sentence it is checked like any word. Camel-case words ("WordPress", "cPanel") and short all-capital
 * words ("CNAME", "TXT") are product names and acronyms.
 *
 * <p>Agents reuse canned phrases, so verdicts are cached per written form, up to a bound. Thread-safe:
 * the dictionary automaton is immutable and read without per-thread state.
 */
public final class SpanishSpellingChecker implements SpellingChecker {

    /** The tagger dictionary LanguageTool's Spanish speller checks against, shipped by spanish-pos-dict. */
    static final String DICTIONARY = "/org/languagetool/resource/es/es-ES.dict";

    /** Hosting vocabulary and rioplatense words the dictionary lacks, beside this class. */
    static final String ACCEPTED_WORDS = "accepted-words.txt";

    /** Distinct written forms whose verdicts are kept; agents' vocabulary is far smaller. */
    public static final int DEFAULT_CACHE_CAPACITY = 100_000;

    /** Chat abbreviations: understood by everybody, but not spelling a customer should read from an agent. */
    private static final Set<String> CHAT_ABBREVIATIONS = Set.of(
            "q", "k", "ke", "xq", "pq", "porq", "x", "xa", "tb", "tmb", "tmbn", "tambn", "msj", "msjs", "msg", "xfa",
            "xfavor", "dsp", "dps", "salu2", "bn", "nd", "grax", "ntp", "tqm", "pls", "plz");

    /** Abbreviations whose capitalised spelling is a unit: "1 TB" is a terabyte. */
    private static final Set<String> UNITS_SPELLED_LIKE_ABBREVIATIONS = Set.of("TB");

    /** All-capital words up to this length are acronyms ("CNAME", "WHM") when the dictionary lacks them. */
    private static final int MAX_ACRONYM_LENGTH = 5;

    /** Beyond this many "n", only one of them at a time is tried as "ñ". */
    private static final int MAX_N_COMBINATIONS = 3;

    private static final Pattern LAUGHTER = Pattern.compile("(?:j[aeiou])+j?|(?:ha)+h?");
    private static final Pattern DIMINUTIVE = Pattern.compile("(.+?)(c?)it([oa]s?)");
    private static final Pattern DOTTED_NAME = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern LOWER_LABEL = Pattern.compile(".*\\.[\\p{Ll}\\p{N}-]+");

    private enum WordVerdict {
        CORRECT,
        MISSPELLED,
        /** Unknown but capitalised: a name in mid-sentence, an error at the start of a sentence. */
        UNKNOWN_CAPITALISED
    }

    private final FSA fsa;
    private final FSATraversal traversal;
    private final byte separator;
    private final Charset charset;
    private final Set<String> acceptedWords;
    private final int cacheCapacity;
    private final ConcurrentHashMap<String, WordVerdict> verdicts;

    /** Loads the dictionary (a few tens of milliseconds): build one checker and share it. */
    public SpanishSpellingChecker() {
        this(DEFAULT_CACHE_CAPACITY);
    }

    /** @param cacheCapacity how many distinct written forms' verdicts to keep; 0 disables the cache */
    public SpanishSpellingChecker(int cacheCapacity) {
        if (cacheCapacity < 0) {
            throw new IllegalArgumentException("cacheCapacity must not be negative: " + cacheCapacity);
        }
        Dictionary dictionary = loadDictionary();
        this.fsa = dictionary.fsa;
        this.traversal = new FSATraversal(dictionary.fsa);
        this.separator = dictionary.metadata.getSeparator();
        this.charset = Charset.forName(dictionary.metadata.getEncoding());
        this.acceptedWords = loadAcceptedWords();
        this.cacheCapacity = cacheCapacity;
        this.verdicts = new ConcurrentHashMap<>(Math.min(cacheCapacity, 4_096));
    }

    @Override
    public List<Misspelling> misspellings(String text) {
        List<Misspelling> found = new ArrayList<>();
        scan(text, (word, offset, sentenceStart) -> {
            if (isMisspelled(word, sentenceStart)) {
                found.add(new Misspelling(word, offset));
            }
        });
        return found;
    }

    @Override
    public int countWords(String text) {
        int[] count = {0};
        scan(text, (word, offset, sentenceStart) -> count[0]++);
        return count[0];
    }

    private boolean isMisspelled(String word, boolean sentenceStart) {
        return switch (verdictOf(word)) {
            case CORRECT -> false;
            case MISSPELLED -> true;
            case UNKNOWN_CAPITALISED -> sentenceStart;
        };
    }

    private WordVerdict verdictOf(String word) {
        WordVerdict verdict = verdicts.get(word);
        if (verdict == null) {
            verdict = judge(word);
            if (verdicts.size() < cacheCapacity) {
                verdicts.putIfAbsent(word, verdict);
            }
        }
        return verdict;
    }

    private WordVerdict judge(String written) {
        String word = Normalizer.normalize(written.replace('’', '\''), Normalizer.Form.NFC);
        String lower = word.toLowerCase(Locale.ROOT);
        Casing casing = Casing.of(word);
        if (CHAT_ABBREVIATIONS.contains(lower) && !UNITS_SPELLED_LIKE_ABBREVIATIONS.contains(word)) {
            return WordVerdict.MISSPELLED;
        }
        if (isKnown(word, lower)) {
            return WordVerdict.CORRECT;
        }
        String shrunk = shrinkStretchedLetters(word);
        if (!shrunk.equals(word) && isKnown(shrunk, shrunk.toLowerCase(Locale.ROOT))) {
            return WordVerdict.CORRECT;
        }
        if (lower.indexOf('-') > 0 && allPartsCorrect(word)) {
            return WordVerdict.CORRECT;
        }
        return switch (casing) {
            case MIXED -> WordVerdict.CORRECT;
            case UPPER -> word.length() <= MAX_ACRONYM_LENGTH ? WordVerdict.CORRECT : WordVerdict.MISSPELLED;
            case CAPITALISED -> WordVerdict.UNKNOWN_CAPITALISED;
            case LOWER -> WordVerdict.MISSPELLED;
        };
    }

    private boolean allPartsCorrect(String word) {
        for (String part : word.split("-")) {
            if (part.isEmpty() || judge(part) != WordVerdict.CORRECT) {
                return false;
            }
        }
        return true;
    }

    private boolean isKnown(String word, String lower) {
        if (acceptedWords.contains(lower) || LAUGHTER.matcher(lower).matches()) {
            return true;
        }
        if (inDictionary(word) || inDictionary(lower) || inDictionary(lower.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (inDictionary(capitalise(lower))) {
            return true; // a name, even in lower case: "gracias, maria"
        }
        return knownWithAccentsRestored(lower, true) || isDiminutiveOfKnownWord(lower);
    }

    /**
     * Whether the word is known once its accent marks are put right: at most one acute accent (or a
     * diaeresis on "u") anywhere, and any "n" possibly meant as "ñ".
     */
    private boolean knownWithAccentsRestored(String lower, boolean tryCapitalised) {
        char[] base = foldAccents(lower);
        int[] ns = positionsOf(base, 'n');
        boolean allSubsets = ns.length <= MAX_N_COMBINATIONS;
        int variants = allSubsets ? 1 << ns.length : ns.length + 1;
        for (int variant = 0; variant < variants; variant++) {
            char[] candidate = base.clone();
            for (int k = 0; k < ns.length; k++) {
                boolean enye = allSubsets ? (variant & (1 << k)) != 0 : variant == k + 1;
                if (enye) {
                    candidate[ns[k]] = 'ñ';
                }
            }
            if (knownWithOneAccent(candidate, tryCapitalised)) {
                return true;
            }
        }
        return false;
    }

    private boolean knownWithOneAccent(char[] candidate, boolean tryCapitalised) {
        if (knownAs(candidate, tryCapitalised)) {
            return true;
        }
        for (int i = 0; i < candidate.length; i++) {
            char plain = candidate[i];
            char accented = acute(plain);
            if (accented == plain) {
                continue;
            }
            candidate[i] = accented;
            boolean known = knownAs(candidate, tryCapitalised);
            if (!known && plain == 'u') {
                candidate[i] = 'ü';
                known = knownAs(candidate, tryCapitalised);
            }
            candidate[i] = plain;
            if (known) {
                return true;
            }
        }
        return false;
    }

    private boolean knownAs(char[] candidate, boolean tryCapitalised) {
        String word = new String(candidate);
        return inDictionary(word) || (tryCapitalised && inDictionary(capitalise(word)));
    }

    /** "minutito", "segundito", "toquecito": diminutives of words the dictionary knows. */
    private boolean isDiminutiveOfKnownWord(String lower) {
        var matcher = DIMINUTIVE.matcher(lower);
        if (!matcher.matches()) {
            return false;
        }
        String stem = matcher.group(1);
        String ending = matcher.group(3);
        String plural = ending.endsWith("s") ? "s" : "";
        String gender = ending.substring(0, 1);
        List<String> bases = new ArrayList<>(4);
        if (matcher.group(2).isEmpty()) {
            bases.add(stem + gender + plural);
        } else {
            bases.add(stem + plural);
            bases.add(stem + "e" + plural);
        }
        for (String base : bases) {
            if (base.length() > 2 && (inDictionary(base) || knownWithAccentsRestored(base, false))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary holds the exact form: the form followed by the separator starts an entry. */
    private boolean inDictionary(String word) {
        byte[] bytes = word.getBytes(charset);
        MatchResult match = traversal.match(bytes);
        return match.kind == MatchResult.SEQUENCE_IS_A_PREFIX && fsa.getArc(match.node, separator) != 0;
    }

    private static char[] foldAccents(String lower) {
        char[] chars = lower.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case 'á', 'à', 'â', 'ä' -> 'a';
                case 'é', 'è', 'ê', 'ë' -> 'e';
                case 'í', 'ì', 'î', 'ï' -> 'i';
                case 'ó', 'ò', 'ô', 'ö' -> 'o';
                case 'ú', 'ù', 'û', 'ü' -> 'u';
                case 'ñ' -> 'n';
                default -> chars[i];
            };
        }
        return chars;
    }

    private static char acute(char vowel) {
        return switch (vowel) {
            case 'a' -> 'á';
            case 'e' -> 'é';
            case 'i' -> 'í';
            case 'o' -> 'ó';
            case 'u' -> 'ú';
            default -> vowel;
        };
    }

    private static int[] positionsOf(char[] chars, char wanted) {
        int count = 0;
        for (char c : chars) {
            if (c == wanted) {
                count++;
            }
        }
        int[] positions = new int[count];
        for (int i = 0, k = 0; i < chars.length; i++) {
            if (chars[i] == wanted) {
                positions[k++] = i;
            }
        }
        return positions;
    }

    private static String capitalise(String lower) {
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    /**
     * "holaaa" reads "hola", "siii" "si": three or more of a letter become one; a double letter stays
     * ("llamar", "leer") unless it ends the word ("holaa", "ahh").
     */
    private static String shrinkStretchedLetters(String word) {
        String shrunk = shrinkRunsOfThree(word);
        int last = shrunk.length() - 1;
        if (last >= 2 && Character.toLowerCase(shrunk.charAt(last)) == Character.toLowerCase(shrunk.charAt(last - 1))) {
            return shrunk.substring(0, last);
        }
        return shrunk;
    }

    private static String shrinkRunsOfThree(String word) {
        StringBuilder shrunk = null;
        for (int i = 0; i < word.length(); ) {
            char c = word.charAt(i);
            int run = 1;
            while (i + run < word.length() && Character.toLowerCase(word.charAt(i + run)) == Character.toLowerCase(c)) {
                run++;
            }
            if (run >= 3 && shrunk == null) {
                shrunk = new StringBuilder(word.length()).append(word, 0, i);
            }
            if (shrunk != null) {
                shrunk.append(run >= 3 ? word.substring(i, i + 1) : word.substring(i, i + run));
            }
            i += run;
        }
        return shrunk == null ? word : shrunk.toString();
    }

    // ---- splitting text into words ----

    @FunctionalInterface
    private interface WordSink {
        void accept(String word, int offset, boolean sentenceStart);
    }

    /**
     * Calls {@code sink} for each word to check, with whether it starts a sentence. Whitespace-separated
     * chunks that are URLs, e-mail addresses, domains, file names or paths are skipped whole; inside the
     * other chunks a word is a run of letters joined by inner apostrophes or hyphens. Runs with digits
     * are numbers or ids and are skipped, except the chat abbreviations among them ("salu2").
     */
    private static void scan(String text, WordSink sink) {
        boolean sentenceStart = true;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (c == '\n') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && !isSpace(text.charAt(end))) {
                end++;
            }
            sentenceStart = scanChunk(text, i, end, sentenceStart, sink);
            i = end;
        }
    }

    private static boolean scanChunk(String text, int start, int end, boolean sentenceStart, WordSink sink) {
        if (isTechnical(text, start, end)) {
            return endsSentence(text, start, end);
        }
        boolean startOfSentence = sentenceStart;
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                if (isSentencePunctuation(cp)) {
                    startOfSentence = true;
                }
                i += Character.charCount(cp);
                continue;
            }
            int wordEnd = endOfWord(text, i, end);
            String word = text.substring(i, wordEnd);
            boolean checked = containsDigit(word)
                    ? CHAT_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                    : !isTimesSign(text, i, wordEnd);
            if (checked) {
                sink.accept(word, i, startOfSentence);
            }
            startOfSentence = false;
            i = wordEnd;
        }
        return startOfSentence;
    }

    /** "1920 x 1080", "2 x 1": an "x" between numbers is a times sign, not "por". */
    private static boolean isTimesSign(String text, int start, int end) {
        if (end - start != 1 || (text.charAt(start) != 'x' && text.charAt(start) != 'X')) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && isSpace(text.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < text.length() && isSpace(text.charAt(after))) {
            after++;
        }
        return before >= 0
                && Character.isDigit(text.charAt(before))
                && after < text.length()
                && Character.isDigit(text.charAt(after));
    }

    private static int endOfWord(String text, int start, int end) {
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '’' || cp == '-')
                    && i + 1 < end
                    && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** URLs, e-mail addresses and mentions, domains and file names, paths, identifiers and command options. */
    private static boolean isTechnical(String text, int start, int end) {
        if (text.charAt(start) == '-'
                && start + 1 < end
                && (Character.isLetter(text.charAt(start + 1)) || text.charAt(start + 1) == '-')) {
            return true; // a command's option: "-p", "--user"
        }
        boolean candidate = false;
        for (int i = start; i < end && !candidate; i++) {
            char c = text.charAt(i);
            candidate = c == '.' || c == '/' || c == '\\' || c == '@' || c == '_' || c == ':' || c == '#';
        }
        if (!candidate) {
            return false;
        }
        int from = start;
        while (from < end && isEdgePunctuation(text.charAt(from))) {
            from++;
        }
        int to = end;
        while (to > from && isEdgePunctuation(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return false;
        }
        String core = text.substring(from, to);
        if (core.contains("://") || core.regionMatches(true, 0, "www.", 0, 4)) {
            return true;
        }
        if (core.indexOf('@') >= 0 || core.indexOf('_') >= 0 || core.charAt(0) == '#') {
            return true;
        }
        if (from > start && text.charAt(from - 1) == '.' && (from - 1 == start || text.charAt(from - 2) != '.')) {
            return true; // ".htaccess"
        }
        if (hasInnerSlash(core)) {
            return true;
        }
        return DOTTED_NAME.matcher(core).matches() && LOWER_LABEL.matcher(core).matches();
    }

    private static boolean hasInnerSlash(String core) {
        for (int i = 1; i < core.length() - 1; i++) {
            char c = core.charAt(i);
            if ((c == '/' || c == '\\') && !isSpace(core.charAt(i - 1)) && !isSpace(core.charAt(i + 1))) {
                return true;
            }
        }
        return core.startsWith("/") && core.length() > 1;
    }

    private static boolean endsSentence(String text, int start, int end) {
        int i = end;
        while (i > start && isEdgePunctuation(text.charAt(i - 1))) {
            if (isSentencePunctuation(text.charAt(i - 1))) {
                return true;
            }
            i--;
        }
        return false;
    }

    private static boolean isEdgePunctuation(char c) {
        return !Character.isLetterOrDigit(c) && c != '/' && c != '\\' && c != '#' && c != '@' && c != '_';
    }

    private static boolean isSentencePunctuation(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == '¿' || cp == '¡' || cp == '…';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean containsDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private enum Casing {
        LOWER,
        CAPITALISED,
        UPPER,
        MIXED;

        static Casing of(String word) {
            int letters = 0;
            int uppers = 0;
            boolean upperAfterFirst = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLetter(c)) {
                    if (Character.isUpperCase(c)) {
                        uppers++;
                        upperAfterFirst |= letters > 0;
                    }
                    letters++;
                }
            }
            if (uppers == 0) {
                return LOWER;
            }
            if (uppers == letters) {
                return UPPER;
            }
            boolean firstUpper = Character.isUpperCase(word.charAt(0));
            return firstUpper && !upperAfterFirst ? CAPITALISED : MIXED;
        }
    }

    // ---- resources ----

    private static Dictionary loadDictionary() {
        URL resource = SpanishSpellingChecker.class.getResource(DICTIONARY);
        if (resource == null) {
            throw new IllegalStateException("missing Spanish dictionary " + DICTIONARY
                    + " (org.softcatala:spanish-pos-dict must be on the class path)");
        }
        try {
            return Dictionary.read(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Spanish dictionary " + resource, e);
        }
    }

    private static Set<String> loadAcceptedWords() {
        try (InputStream in = SpanishSpellingChecker.class.getResourceAsStream(ACCEPTED_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ACCEPTED_WORDS);
            }
            Set<String> words = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ACCEPTED_WORDS, e);
        }
    }
}
