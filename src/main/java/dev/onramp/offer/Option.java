package dev.onramp.offer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One choice of a select: the value sent, the text shown. */
record Option(String value, String label) {

    /** ISO 3166 countries by name in the viewer's language. */
    static List<Option> countries(Locale locale) {
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }

    /** The currencies with a compensation band. */
    static List<Option> currencies() {
        return CompensationBand.CURRENCIES.stream().map(code -> new Option(code, code)).toList();
    }
}
