package dev.onramp.offer;

import dev.onramp.system.Countries;
import java.util.List;
import java.util.Locale;

/** One choice of a select: the value sent, the text shown. */
record Option(String value, String label) {

    /** ISO 3166 countries by name in the viewer's language. */
    static List<Option> countries(Locale locale) {
        return Countries.all(locale).stream().map(c -> new Option(c.code(), c.name())).toList();
    }

    /** The currencies with a compensation band. */
    static List<Option> currencies() {
        return CompensationBand.CURRENCIES.stream().map(code -> new Option(code, code)).toList();
    }
}
