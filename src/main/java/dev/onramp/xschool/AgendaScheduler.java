package dev.onramp.xschool;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the sessions of an X-School week go, in the cohort's zone. Days run 09:00–17:00 (Monday to Friday of the
 * cohort's dates) with lunch at 12:00–13:00 and no sessions then. The fixed sessions (everyone attends) are
 * Monday 09:00–12:00 the big picture, Tuesday and Wednesday 09:00–12:00 meet the product teams. Each team-lead
 * session takes one hour: the earliest hour of the week that clashes with no booking any of its attendees has;
 * requests are placed in the order given. Pure and deterministic: the same input always gives the same week.
 */
final class AgendaScheduler {

    static final LocalTime DAY_START = LocalTime.of(9, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);
    static final LocalTime LUNCH_START = LocalTime.of(12, 0);
    static final LocalTime LUNCH_END = LocalTime.of(13, 0);
    static final LocalTime FIXED_END = LUNCH_START;
    static final Duration TEAM_LEAD_LENGTH = Duration.ofMinutes(60);

    private AgendaScheduler() {
    }

    /** Something already in the week: everyone attends it, or only {@code attendees} (person ids). */
    record Booking(Instant startsAt, Instant endsAt, boolean everyone, Set<Long> attendees) {

        Booking {
            attendees = Set.copyOf(attendees);
            if (!startsAt.isBefore(endsAt)) {
                throw new IllegalArgumentException("a booking ends after it starts");
            }
        }

        static Booking forEveryone(Instant startsAt, Instant endsAt) {
            return new Booking(startsAt, endsAt, true, Set.of());
        }

        boolean overlaps(Booking other) {
            return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
        }

        /** Overlapping in time and sharing an attendee (everyone shares with everyone). */
        boolean clashesWith(Booking other) {
            return overlaps(other)
                    && (everyone || other.everyone || !Collections.disjoint(attendees, other.attendees));
        }
    }

    /** A team-lead session to place: the team's new hires on the roster and its lead. */
    record Request(long teamId, Set<Long> attendees) {

        Request {
            attendees = Set.copyOf(attendees);
        }
    }

    /** A fixed session of the week, everyone attends. */
    record FixedSession(SessionKind kind, Instant startsAt, Instant endsAt) {
    }

    /** No hour of the week is free for all of a team-lead session's attendees. */
    static final class WeekFullException extends RuntimeException {

        private final long teamId;

        WeekFullException(long teamId, List<LocalDate> days) {
            super("no free hour for the team-lead session of team " + teamId + " in the X-School week "
                    + (days.isEmpty() ? "(no working days)" : days.get(0) + " to " + days.get(days.size() - 1))
                    + ": every hour from " + DAY_START + " to " + DAY_END + " clashes for one of its attendees");
            this.teamId = teamId;
        }

        long teamId() {
            return teamId;
        }
    }

    /** Monday to Friday between the cohort's first and last day. */
    static List<LocalDate> weekDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    /** The big picture on the first day, meet the product teams on the second and third, all 09:00–12:00. */
    static List<FixedSession> fixedSessions(List<LocalDate> days, ZoneId zone) {
        List<SessionKind> kinds = List.of(SessionKind.BIG_PICTURE, SessionKind.PRODUCT_TEAMS, SessionKind.PRODUCT_TEAMS);
        List<FixedSession> fixed = new ArrayList<>();
        for (int i = 0; i < kinds.size() && i < days.size(); i++) {
            fixed.add(new FixedSession(kinds.get(i), at(days.get(i), DAY_START, zone), at(days.get(i), FIXED_END, zone)));
        }
        return fixed;
    }

    /** Places each request in order, each seeing the ones placed before it; the map keeps the request order. */
    static Map<Long, Booking> place(List<LocalDate> days, ZoneId zone, List<Booking> booked, List<Request> requests) {
        List<Booking> all = new ArrayList<>(booked);
        Map<Long, Booking> placed = new LinkedHashMap<>();
        for (Request request : requests) {
            Booking booking = placeOne(days, zone, all, request);
            all.add(booking);
            placed.put(request.teamId(), booking);
        }
        return placed;
    }

    /** The earliest free hour for one request. */
    static Booking placeOne(List<LocalDate> days, ZoneId zone, List<Booking> booked, Request request) {
        for (LocalDate day : days) {
            for (LocalTime start = DAY_START; !start.plus(TEAM_LEAD_LENGTH).isAfter(DAY_END); start = start.plus(TEAM_LEAD_LENGTH)) {
                Booking candidate = new Booking(at(day, start, zone), at(day, start, zone).plus(TEAM_LEAD_LENGTH), false,
                        request.attendees());
                if (fits(candidate, days, zone, booked)) {
                    return candidate;
                }
            }
        }
        throw new WeekFullException(request.teamId(), days);
    }

    /** Inside one working day of the week, outside lunch, and clashing with nothing booked. */
    static boolean fits(Booking candidate, List<LocalDate> days, ZoneId zone, List<Booking> booked) {
        ZonedDateTime start = candidate.startsAt().atZone(zone);
        ZonedDateTime end = candidate.endsAt().atZone(zone);
        LocalDate day = start.toLocalDate();
        if (!days.contains(day) || !end.toLocalDate().equals(day)) {
            return false;
        }
        LocalTime from = start.toLocalTime();
        LocalTime to = end.toLocalTime();
        boolean inDay = !from.isBefore(DAY_START) && !to.isAfter(DAY_END);
        boolean overLunch = from.isBefore(LUNCH_END) && LUNCH_START.isBefore(to);
        return inDay && !overLunch && booked.stream().noneMatch(candidate::clashesWith);
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
