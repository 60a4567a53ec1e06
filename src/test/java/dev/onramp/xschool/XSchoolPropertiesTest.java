package dev.onramp.xschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.system.OutOfRangeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class XSchoolPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static XSchoolProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("onramp.xschool", XSchoolProperties.class);
    }

    @Test
    void shouldLetCohortsAndStartDatesBePlannedThreeYearsAheadByDefault() {
        XSchoolProperties defaults = bind(Map.of());

        assertThat(defaults.planAhead()).isEqualTo(Period.ofYears(3));
        defaults.cohortStartDates(TODAY).require("startsOn", TODAY.plusYears(3));
        defaults.startDates(TODAY).require("startDate", TODAY.plusYears(3));
        assertThatThrownBy(() -> defaults.cohortStartDates(TODAY).require("startsOn", TODAY.plusYears(3).plusDays(1)))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("startsOn"));
        assertThatThrownBy(() -> defaults.startDates(TODAY).require("startDate", TODAY.plusYears(3).plusDays(1)))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThatThrownBy(() -> defaults.startDates(TODAY).require("startDate", TODAY.minusDays(1)))
                .isInstanceOf(OutOfRangeException.class);
    }

    @Test
    void shouldTakeAnotherPlanningHorizonFromConfiguration() {
        XSchoolProperties eighteenMonths = bind(Map.of("onramp.xschool.plan-ahead", "P18M"));

        eighteenMonths.startDates(TODAY).require("startDate", TODAY.plusMonths(18));
        assertThatThrownBy(() -> eighteenMonths.startDates(TODAY).require("startDate", TODAY.plusMonths(18).plusDays(1)))
                .isInstanceOf(OutOfRangeException.class);
    }

    @Test
    void shouldRefuseAHorizonOfNothingOrBeyondAHundredYears() {
        assertThatThrownBy(() -> bind(Map.of("onramp.xschool.plan-ahead", "P0D")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bind(Map.of("onramp.xschool.plan-ahead", "P101Y")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
