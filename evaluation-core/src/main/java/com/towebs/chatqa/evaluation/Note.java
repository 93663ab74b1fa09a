package com.towebs.chatqa.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a verdict is what it is, as a message key and its arguments, rendered in the reader's language from the
 * engine's bundles ({@code i18n/notes.properties}: Spanish (es-AR) first, {@code notes_en.properties} English).
 * Arguments are text (durations like "3 min 10 s" read the same in both), whole numbers, decimals, other notes or
 * lists of notes (joined with commas). A note stored as plain text before notes had keys renders as that text.
 */
public record Note(String key, List<Object> arguments) {

    /** The Spanish of the product's users (es-AR): the language notes are rendered in unless another is asked for. */
    public static final Locale SPANISH = Locale.forLanguageTag("es-AR");

    private static final String BUNDLE = "com.towebs.chatqa.evaluation.i18n.notes";

    /** The key of a note that is plain text, the same in every language. */
    private static final String TEXT = "text";

    /**
     * Parsed messages by language and key, per thread (a MessageFormat is not thread-safe): a bulk run renders the
     * same few dozen messages hundreds of thousands of times.
     */
    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    public Note {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            if (!(argument instanceof String
                    || argument instanceof Integer
                    || argument instanceof Long
                    || argument instanceof BigDecimal
                    || argument instanceof Note
                    || argument instanceof List<?>)) {
                throw new IllegalArgumentException("note " + key + ": unsupported argument " + argument);
            }
        }
    }

    public static Note of(String key, Object... arguments) {
        return new Note(key, List.of(arguments));
    }

    /** A note written as text (notes stored before they had keys); null stays null. */
    public static Note text(String text) {
        return text == null ? null : new Note(TEXT, List.of(text));
    }

    /** A decimal argument shown with one decimal, rounded half up. */
    public static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** The note in {@code language}: Spanish unless the language is English. */
    public String render(Locale language) {
        if (key.equals(TEXT)) {
            return (String) arguments.get(0);
        }
        MessageFormat format = FORMATS.get().computeIfAbsent(language.toLanguageTag() + " " + key, unused -> {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            try {
                return new MessageFormat(bundle.getString(key), language);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("no note " + key + " in " + BUNDLE + " for " + language, e);
            }
        });
        Object[] rendered = new Object[arguments.size()];
        for (int i = 0; i < rendered.length; i++) {
            rendered[i] = renderArgument(arguments.get(i), language);
        }
        return format.format(rendered);
    }

    private static Object renderArgument(Object argument, Locale language) {
        if (argument instanceof Note note) {
            return note.render(language);
        }
        if (argument instanceof List<?> notes) {
            List<String> parts = new ArrayList<>(notes.size());
            for (Object note : notes) {
                parts.add(String.valueOf(renderArgument(note, language)));
            }
            return String.join(", ", parts);
        }
        return argument;
    }
}
