package dev.onramp.people;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A person's working day in their own zone (default 09:00–18:00, Monday to Friday). All
 * comparisons go through instants, so daylight-saving changes fall out of {@link ZoneId}'s rules.
 */
public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end) {

    public static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(18, 0);

    public WorkingHours {
        if (zone == null || start == null || end == null) {
            throw new IllegalArgumentException("zone, start and end are required");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working day must start before it ends");
        }
    }

    public static WorkingHours standard(ZoneId zone) {
        return new WorkingHours(zone, DEFAULT_START, DEFAULT_END);
    }

    public static boolean isWorkday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * {@code days} working days after {@code from} (before it when negative); 0 is {@code from} itself. From a
     * weekend day, the first step lands on the next (or previous) working day. No holiday calendar yet.
     */
    public static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int step = days < 0 ? -1 : 1;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkday(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days from {@code from} to {@code to}, negative when {@code to} comes first: the {@code n} with
     * {@code plusWorkingDays(from, n)} equal to {@code to} when {@code to} is a working day.
     */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int step = to.isBefore(from) ? -1 : 1;
        int days = 0;
        for (LocalDate day = from; !day.equals(to); ) {
            day = day.plusDays(step);
            if (isWorkday(day)) {
                days += step;
            }
        }
        return days;
    }

    /** Start of this person's working day on {@code date} (their local date). */
    public Instant startOn(LocalDate date) {
        return ZonedDateTime.of(date, start, zone).toInstant();
    }

    /** End of this person's working day on {@code date} (their local date). */
    public Instant endOn(LocalDate date) {
        return ZonedDateTime.of(date, end, zone).toInstant();
    }

    /** Whether {@code [from, to)} lies inside one of this person's working days. */
    public boolean covers(Instant from, Instant to) {
        LocalDate day = from.atZone(zone).toLocalDate();
        return isWorkday(day) && !from.isBefore(startOn(day)) && !to.isAfter(endOn(day));
    }

    /**
     * Hours of working-time overlap with {@code other} over the working week that contains
     * {@code weekOf}, averaged per working day of this person. Computed on real instants.
     */
    public double averageDailyOverlapHours(WorkingHours other, LocalDate weekOf) {
        LocalDate monday = weekOf.with(DayOfWeek.MONDAY);
        Duration total = Duration.ZERO;
        for (int i = 0; i < 5; i++) {
            LocalDate day = monday.plusDays(i);
            Instant mineStart = startOn(day);
            Instant mineEnd = endOn(day);
            // the other person's working days that may touch this day: their local day before, same, after
            for (int shift = -1; shift <= 1; shift++) {
                LocalDate theirs = mineStart.atZone(other.zone()).toLocalDate().plusDays(shift);
                if (!isWorkday(theirs)) {
                    continue;
                }
                Instant from = max(mineStart, other.startOn(theirs));
                Instant to = min(mineEnd, other.endOn(theirs));
                if (from.isBefore(to)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total.toMinutes() / 60.0 / 5;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
