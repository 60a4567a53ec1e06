package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reschedule is checked like a first booking ({@link BookingChecks}): a time that clashes with another interview of
 * the candidate or a panel member, or that falls outside someone's working hours, is shown next to the field with who
 * and when, what was typed kept, and is taken only with "reschedule anyway"; the service refuses it too. The interview
 * being moved never clashes with itself.
 */
@OnrampAppTest
class InterviewLifecycleRescheduleChecksTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired
    WebTest web;
    @Autowired
    BookedInterviews booked;
    @Autowired
    InterviewLifecycle lifecycle;
    @Autowired
    Clock clock;

    @Test
    void shouldRefuseARescheduleOntoAPanelMembersOtherInterviewUntilTheRecruiterConfirmsIt() {
        Interview first = booked.book("Clash Owner", "Asia/Kolkata", Venue.NONE);
        Interview moving = booked.book("Clash Mover", "Asia/Kolkata", Venue.NONE);
        Set<String> shared = new HashSet<>(booked.panel(first));
        shared.retainAll(booked.panel(moving));
        assertThat(shared).as("both panels share an interviewer").isNotEmpty();
        String local = first.startsAt().atZone(KOLKATA).toLocalDateTime().toString();
        Visitor rita = web.signedIn("rita");

        assertThatThrownBy(() -> lifecycle.reschedule(moving.id(), 0, first.startsAt(), "Service check", false,
                booked.user("rita")))
                .isInstanceOfSatisfying(BookingClashException.class,
                        e -> assertThat(e.clashes()).extracting(Clash::interviewId).contains(first.id()));
        Page refused = rita.postForm(path(moving), path(moving), reschedule(local, "Panel asked", null));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#otherStart-error")).contains("clashes with interviews already booked");
        assertThat(refused.text("#conflicts")).contains("has an interview");
        assertThat(refused.value("#otherStart")).isEqualTo(local);
        assertThat(refused.text("#reason")).isEqualTo("Panel asked");
        assertThat(refused.has("#bookAnyway")).isTrue();
        assertThat(booked.reload(moving).startsAt()).isEqualTo(moving.startsAt());

        Page confirmed = rita.postForm(path(moving), path(moving), reschedule(local, "Panel asked", "true"));

        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(booked.reload(moving).startsAt()).isEqualTo(first.startsAt());
        assertThat(booked.reload(moving).inviteSequence()).isEqualTo(1);
    }

    @Test
    void shouldRefuseARescheduleOutsideTheCandidatesAndPanelsHoursUntilTheRecruiterConfirmsIt() {
        Interview moving = booked.book("Night Owl", "Asia/Kolkata", Venue.NONE);
        LocalDateTime sundayNight = LocalDate.now(clock.withZone(KOLKATA)).plusWeeks(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).atTime(LocalTime.of(3, 0));
        String local = sundayNight.toString().substring(0, 16);
        Visitor rita = web.signedIn("rita");

        assertThatThrownBy(() -> lifecycle.reschedule(moving.id(), 0, sundayNight.atZone(KOLKATA).toInstant(),
                "Service check", false, booked.user("rita")))
                .isInstanceOfSatisfying(BookingClashException.class, e -> assertThat(e.outsideHours())
                        .extracting(BookingChecks.OutsideHours::who).contains("Night Owl"));
        Page refused = rita.postForm(path(moving), path(moving), reschedule(local, "Only time left", null));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#otherStart-error")).contains("outside someone\u2019s working hours");
        assertThat(refused.text("#conflicts")).contains("For the candidate Night Owl that is")
                .contains("(Asia/Kolkata), outside their working hours");
        assertThat(refused.value("#otherStart")).isEqualTo(local);
        assertThat(booked.reload(moving).startsAt()).isEqualTo(moving.startsAt());

        Page confirmed = rita.postForm(path(moving), path(moving), reschedule(local, "Only time left", "true"));

        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(booked.reload(moving).startsAt()).isEqualTo(sundayNight.atZone(KOLKATA).toInstant());
    }

    @Test
    void shouldNotCountTheInterviewsOwnTimeAsAClash() {
        Interview moving = booked.book("Same Slot", "Asia/Kolkata", Venue.NONE);
        String local = moving.startsAt().atZone(KOLKATA).toLocalDateTime().toString();
        Visitor rita = web.signedIn("rita");

        Page response = rita.postForm(path(moving), path(moving), reschedule(local, "Room changed, same time", null));

        assertThat(response.status()).as("no clash with itself, inside everyone's hours").isEqualTo(302);
        assertThat(booked.reload(moving).inviteSequence()).isEqualTo(1);
        assertThat(booked.reload(moving).startsAt()).isEqualTo(moving.startsAt());
    }

    @Test
    void shouldAnswerABadConfirmationValueNextToTheFormNotWithAServerError() {
        Interview moving = booked.book("Odd Box", "Asia/Kolkata", Venue.NONE);
        String local = moving.startsAt().plus(Duration.ofDays(1)).atZone(KOLKATA).toLocalDateTime().toString();
        Visitor rita = web.signedIn("rita");

        Page odd = rita.post(path(moving), reschedule(local, "Odd", "maybe"));
        Page huge = rita.post(path(moving), reschedule("+999999999-12-31T23:59", "Far", "true"));

        assertThat(odd.status()).isLessThan(500);
        assertThat(huge.status()).isEqualTo(200);
        assertThat(booked.reload(moving).startsAt()).isEqualTo(moving.startsAt());
    }

    private static String path(Interview interview) {
        return "/interviews/" + interview.id() + "/reschedule";
    }

    private static Map<String, String> reschedule(String otherStart, String reason, String bookAnyway) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slot", ScheduleForm.OTHER);
        fields.put("otherStart", otherStart);
        fields.put("otherZone", KOLKATA.getId());
        fields.put("reason", reason);
        fields.put("sequence", "0");
        if (bookAnyway != null) {
            fields.put("bookAnyway", bookAnyway);
        }
        return fields;
    }
}
