package dev.onramp.system;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166 alpha-2 countries: which codes exist, and their names in the viewer's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** Every country, sorted by its name in {@code locale}. */
    public static List<Country> all(Locale locale) {
        return Arrays.stream(Locale.getISOCountries()).map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name)).toList();
    }

    /** An ISO 3166 alpha-2 code and its name. */
    public record Country(String code, String name) {
    }
}
