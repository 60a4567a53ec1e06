package dev.onramp.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How text is compared by search: accents and letter case dropped ("Ôkafor" and "okafor" are the same), a few
 * letters that Unicode does not decompose spelt out ("ø" is "o", "ß" is "ss"), runs of white space one space. The
 * search columns ({@code application.search_text}, {@code requisition.search_text}) hold their rows' text in this
 * form, written by the application; a query is put in the same form before it is compared with {@code LIKE}.
 */
public final class SearchText {

    /** A query is cut to this many characters: longer text finds nothing more, and costs more to compare. */
    public static final int MAX_QUERY = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The parts, each normalised, joined by one space; null parts are left out. */
    public static String of(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(normalised(part));
            }
        }
        return text.toString();
    }

    /** {@code text} without accents, lower-case, its white space collapsed and trimmed. */
    public static String normalised(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ı", "i");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    /**
     * A {@code LIKE} pattern that finds rows whose search text contains the query, with {@code !} as the escape
     * character ({@code ESCAPE '!'}): {@code %} and {@code _} in the query are matched as themselves. Empty when the
     * query has nothing to search for.
     */
    public static String containsPattern(String query) {
        String text = query == null ? "" : query;
        if (text.length() > MAX_QUERY * 4) {
            text = text.substring(0, MAX_QUERY * 4); // normalising 10,000 characters is pointless work
        }
        text = normalised(text);
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        if (text.isEmpty()) {
            return "";
        }
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
