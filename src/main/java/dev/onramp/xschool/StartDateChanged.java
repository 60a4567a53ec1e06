package dev.onramp.xschool;

import java.time.LocalDate;

/** A person's start date has moved from {@code previous} to the one now saved on them (published in the same transaction). */
public record StartDateChanged(long personId, LocalDate previous) {
}
