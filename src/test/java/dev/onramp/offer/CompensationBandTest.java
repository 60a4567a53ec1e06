package dev.onramp.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.offer.CompensationBand.BandCheck;
import java.math.BigDecimal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.onramp.ProcessTestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rows of {@code compensation-band.dmn}: team bands, the band of any team per currency, unknown currencies. */
@Deployment(resources = CompensationBand.RESOURCE)
class CompensationBandTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.plain();

    ProcessEngine processEngine;

    @Test
    void shouldBeInBandInsideTheBand() {
        assertThat(check("beats", "EUR", "70000")).isEqualTo(inBand("55000", "95000"));
    }

    @Test
    void shouldBeOutOfBandBelowTheMinimum() {
        assertThat(check("beats", "EUR", "54999.99")).isEqualTo(outOfBand("55000", "95000"));
    }

    @Test
    void shouldBeOutOfBandAboveTheMaximum() {
        assertThat(check("beats", "EUR", "95000.01")).isEqualTo(outOfBand("55000", "95000"));
    }

    @Test
    void shouldIncludeTheEdgesOfTheBand() {
        assertThat(check("beats", "EUR", "55000")).isEqualTo(inBand("55000", "95000"));
        assertThat(check("beats", "EUR", "95000")).isEqualTo(inBand("55000", "95000"));
    }

    @Test
    void shouldUseTheHigherBandForMachineLearning() {
        assertThat(check("ml", "USD", "180000")).isEqualTo(inBand("130000", "200000"));
    }

    @Test
    void shouldBeOutOfTheHigherBandAboveItsMaximum() {
        assertThat(check("cloud", "EUR", "130000")).isEqualTo(outOfBand("75000", "125000"));
    }

    @Test
    void shouldUseTheBandOfAnyTeamForOtherTeams() {
        assertThat(check("kibana", "USD", "180000")).isEqualTo(outOfBand("100000", "160000"));
    }

    @Test
    void shouldUseTheBandOfAnyTeamForCloudInCurrenciesWithoutAHigherBand() {
        assertThat(check("cloud", "GBP", "60000")).isEqualTo(inBand("50000", "85000"));
    }

    @Test
    void shouldHaveABandForEveryCurrencyTheOfferFormOffers() {
        assertThat(CompensationBand.CURRENCIES).allSatisfy(currency ->
                assertThat(check("beats", currency, "1").hasBand()).as(currency).isTrue());
    }

    @Test
    void shouldHaveNoBandForAnUnknownCurrency() {
        BandCheck check = check("beats", "KES", "5000000");
        assertThat(check).isEqualTo(new BandCheck(false, null, null));
        assertThat(check.hasBand()).isFalse();
    }

    /** Every band row pair: inside at both edges, outside just beyond them. */
    @ParameterizedTest(name = "{0} {1}: [{2}..{3}]")
    @CsvSource({
            "ml,       USD, 130000,  200000",
            "cloud,    USD, 130000,  200000",
            "ml,       EUR, 75000,   125000",
            "cloud,    EUR, 75000,   125000",
            "beats,    EUR, 55000,   95000",
            "beats,    USD, 100000,  160000",
            "beats,    GBP, 50000,   85000",
            "beats,    CAD, 90000,   145000",
            "beats,    AUD, 105000,  165000",
            "beats,    INR, 1800000, 4500000",
            "beats,    BRL, 160000,  380000",
            "beats,    JPY, 7000000, 13000000",
    })
    void shouldHaveABandForEachSupportedCurrency(String team, String currency, String min, String max) {
        assertThat(check(team, currency, min)).isEqualTo(inBand(min, max));
        assertThat(check(team, currency, max)).isEqualTo(inBand(min, max));
        assertThat(check(team, currency, new BigDecimal(min).subtract(BigDecimal.ONE).toString()))
                .isEqualTo(outOfBand(min, max));
        assertThat(check(team, currency, new BigDecimal(max).add(BigDecimal.ONE).toString()))
                .isEqualTo(outOfBand(min, max));
    }

    private BandCheck check(String team, String currency, String annualAmount) {
        return CompensationBand.check(processEngine.getDecisionService(), team, currency, new BigDecimal(annualAmount));
    }

    private static BandCheck inBand(String min, String max) {
        return new BandCheck(true, new BigDecimal(min), new BigDecimal(max));
    }

    private static BandCheck outOfBand(String min, String max) {
        return new BandCheck(false, new BigDecimal(min), new BigDecimal(max));
    }
}
