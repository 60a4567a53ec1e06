package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How search compares text: without accents or letter case, wildcards in a query matched as themselves. */
class SearchTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Ôkafor, okafor",
            "ÔKAFOR, okafor",
            "Łukasiewicz, lukasiewicz",
            "Søren Ærø, soren aero",
            "Straße, strasse",
            "José  María\tÁlvarez, jose maria alvarez",
            "ﬁnance, finance",
            "İnci, inci"})
    void shouldDropAccentsAndLetterCase(String text, String normalised) {
        assertThat(SearchText.normalised(text)).isEqualTo(normalised);
    }

    @Test
    void shouldJoinTheNormalisedPartsLeavingOutMissingOnes() {
        assertThat(SearchText.of("Chidi Ôkafor", null, "Chidi@Example.com")).isEqualTo("chidi okafor chidi@example.com");
    }

    @Test
    void shouldMatchWildcardsAndTheEscapeCharacterAsThemselves() {
        assertThat(SearchText.containsPattern("50%_off!")).isEqualTo("%50!%!_off!!%");
    }

    @Test
    void shouldCutALongQuery() {
        assertThat(SearchText.containsPattern("a".repeat(10_000))).hasSize(SearchText.MAX_QUERY + 2);
    }

    @Test
    void shouldFindNothingToSearchForInBlankText() {
        assertThat(SearchText.containsPattern("   ")).isEmpty();
        assertThat(SearchText.containsPattern(null)).isEmpty();
    }
}
