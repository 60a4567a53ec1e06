package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/** "Between X and Y", both included: the form's field error and the service's refusal say the same. */
class RangeTest {

    static final Range<Integer> OPENINGS = Range.of(1, 50, "requisition.openings.range");

    @Test
    void shouldContainBothBoundsAndNothingOutsideThem() {
        assertThat(OPENINGS.contains(1)).isTrue();
        assertThat(OPENINGS.contains(50)).isTrue();
        assertThat(OPENINGS.contains(0)).isFalse();
        assertThat(OPENINGS.contains(51)).isFalse();
        assertThat(OPENINGS.contains(null)).isFalse();
    }

    @Test
    void shouldRejectTheFieldWithTheBoundsAsArguments() {
        BindingResult errors = new MapBindingResult(new java.util.HashMap<>(Map.of("openings", 51)), "form");

        assertThat(OPENINGS.check("openings", 51, errors)).isFalse();

        assertThat(errors.getFieldError("openings").getCode()).isEqualTo("requisition.openings.range");
        assertThat(errors.getFieldError("openings").getArguments()).containsExactly("1", "50");
    }

    @Test
    void shouldLetTheServiceRefuseWithTheSameFieldError() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        Range<LocalDate> startDates = Range.of(today, today.plusYears(2), "offer.startDate.range");
        assertThat(startDates.require("startDate", today.plusYears(2))).isEqualTo(today.plusYears(2));

        assertThatThrownBy(() -> startDates.require("startDate", LocalDate.MAX))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> {
                    BindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "form");
                    e.rejectOn(errors);
                    assertThat(e.field()).isEqualTo("startDate");
                    assertThat(errors.getFieldError("startDate").getCode()).isEqualTo("offer.startDate.range");
                    assertThat(errors.getFieldError("startDate").getArguments()).containsExactly("2026-12-07", "2028-12-07");
                });
    }
}
