package dev.onramp.xschool;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A new hire's new first working day, in their own zone. */
record StartDateForm(
        @NotNull(message = "{xschool.startDate.required}")
        @DateTimeFormat(iso = ISO.DATE)
        LocalDate startDate) {
}
