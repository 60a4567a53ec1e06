package dev.onramp.interview;

import dev.onramp.loop.TeamLoop;
import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.loop.BeatsLoop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.Requisition;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.WorkingHours;
import dev.onramp.system.TimeZones;
import dev.onramp.tasklist.TaskList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** Proposals, checks and due dates of the schedule and take-home forms, on a fixed clock and the Beats pool. */
class InterviewSchedulingTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** Thursday 15 January 2026, 11:30 in Kolkata */
    private static final Instant NOW = Instant.parse("2026-01-15T06:00:00Z");

    private static final PoolMember BEA = member(1, "Bea Lindqvist", "Europe/Stockholm", 1);
    private static final PoolMember HANK = member(2, "Hank Hiring", "America/Toronto", 0);
    private static final PoolMember IVAN = member(3, "Ivan Petrov", "Europe/Berlin", 0);
    private static final PoolMember PAULO = member(4, "Paulo Costa", "America/Sao_Paulo", 0);
    private static final PoolMember PRIYA = member(5, "Priya Raman", "Asia/Kolkata", 0);
    private static final PoolMember SAM = member(6, "Sam Okafor", "Africa/Nairobi", 0);
    private static final PoolMember TOMAS = member(7, "Tom\u00e1s Garc\u00eda", "America/Mexico_City", 0);
    private static final List<PoolMember> BEATS = List.of(BEA, HANK, IVAN, PAULO, PRIYA, SAM, TOMAS);

    private static final Stage TEAM_FIT = new Stage(BeatsLoop.STAGE_TEAM_FIT, "Team fit and async work",
            Stage.Kind.LIVE, List.of(TeamLoop.FOCUS_TEAM_FIT), "Real examples.", 45, 2, 3);

    private final InterviewRepository interviews = mock(InterviewRepository.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InterviewScheduling scheduling = new InterviewScheduling(mock(TaskList.class),
            mock(TaskService.class), mock(dev.onramp.tasklist.TaskVariables.class), mock(RuntimeService.class), mock(LoopStages.class),
            mock(ApplicationRepository.class), mock(RequisitionRepository.class), mock(PersonRepository.class),
            interviews, new InterviewerPicker(clock), new SlotFinder(clock), new TimeZones(),
            mock(SelfSchedulingLinks.class), new BookingChecks(interviews, new SlotFinder(clock)), clock, mock(org.springframework.context.ApplicationEventPublisher.class));
    private final StageTask kolkataCandidate = stageTask("Asia/Kolkata");

    @Test
    void shouldProposeTheBeatsPeopleWhoShareMostHoursWithAKolkataCandidate() {
        when(interviews.panelOfApplication(anyLong())).thenReturn(Set.of());

        InterviewerPicks picks = scheduling.panel(kolkataCandidate, BEATS, List.of(), TEAM_FIT.panelSize());

        assertThat(picks.chosen()).containsExactly(PRIYA, SAM);
        assertThat(picks.shortOfPeople()).isFalse();
    }

    @Test
    void shouldProposeSlotsInsideTheHoursOfAKolkataCandidateAndIvanPriyaAndSam() {
        InterviewerPicks panel = scheduling.panel(kolkataCandidate, BEATS,
                List.of(IVAN.personId(), PRIYA.personId(), SAM.personId()), TEAM_FIT.panelSize());

        SlotProposal proposal = scheduling.slots(kolkataCandidate, panel.chosen());

        assertThat(panel.chosen()).containsExactly(IVAN, PRIYA, SAM);
        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(proposal.slots()).hasSize(3).allSatisfy(slot -> {
            assertThat(slot.outsideHoursFor()).isEmpty();
            assertThat(slot.end()).isEqualTo(slot.start().plus(TEAM_FIT.duration()));
            assertThat(slot.start()).isAfter(NOW);
            for (PoolMember person : List.of(IVAN, PRIYA, SAM)) {
                assertThat(person.hours().covers(slot.start(), slot.end())).as(person.displayName()).isTrue();
            }
            // Berlin opens at 13:30 in Kolkata in January; Kolkata closes at 18:00
            LocalTime kolkataStart = slot.start().atZone(KOLKATA).toLocalTime();
            assertThat(kolkataStart).isBetween(LocalTime.of(13, 30), LocalTime.of(17, 15));
        });
    }

    @Test
    void shouldSayWhoASlotIsOutsideHoursForWhenNothingFitsEveryone() {
        SlotProposal proposal = scheduling.slots(kolkataCandidate, List.of(HANK, TOMAS));

        assertThat(proposal.allInsideHours()).isFalse();
        assertThat(proposal.slots()).isNotEmpty()
                .allSatisfy(slot -> assertThat(slot.outsideHoursFor()).isNotEmpty());
    }

    @Test
    void shouldLeaveOutPeopleAlreadyOnThisCandidatesOtherPanels() {
        when(interviews.panelOfApplication(anyLong())).thenReturn(Set.of(PRIYA.personId()));

        assertThat(scheduling.panel(kolkataCandidate, BEATS, List.of(), 2).chosen()).containsExactly(SAM, IVAN);
    }

    @Test
    void shouldTakePeopleAgainWhenLeavingThemOutLeavesTooFew() {
        when(interviews.panelOfApplication(anyLong())).thenReturn(Set.of(PRIYA.personId()));

        assertThat(scheduling.panel(kolkataCandidate, List.of(PRIYA, SAM), List.of(), 2).chosen())
                .containsExactly(SAM, PRIYA);
    }

    @Test
    void shouldTakePeopleAgainRatherThanProposeAPanelWithNoCommonHours() {
        when(interviews.panelOfApplication(anyLong()))
                .thenReturn(Set.of(PRIYA.personId(), SAM.personId(), IVAN.personId(), BEA.personId()));

        InterviewerPicks picks = scheduling.panel(kolkataCandidate, BEATS, List.of(), 2);

        // Hank, Paulo and Tomás are new to this candidate but share no working hour with Kolkata
        assertThat(picks.chosen()).containsExactly(PRIYA, SAM);
        assertThat(scheduling.slots(kolkataCandidate, picks.chosen()).allInsideHours()).isTrue();
    }

    @Test
    void shouldPreferSomeoneNewWithCommonHoursToSomeoneAlreadyOnAPanel() {
        when(interviews.panelOfApplication(anyLong()))
                .thenReturn(Set.of(PRIYA.personId(), SAM.personId(), IVAN.personId()));

        assertThat(scheduling.panel(kolkataCandidate, BEATS, List.of(), 2).chosen()).containsExactly(BEA, PRIYA);
    }

    @Test
    void shouldIgnoreChosenPeopleFromOutsideThePool() {
        when(interviews.panelOfApplication(anyLong())).thenReturn(Set.of());

        assertThat(scheduling.panel(kolkataCandidate, BEATS, List.of(999L), 2).chosen()).containsExactly(PRIYA, SAM);
    }

    @Test
    void shouldMakeATakeHomeDueFiveDaysOnAtTheEndOfTheCandidatesDay() {
        assertThat(scheduling.takeHomeDue(KOLKATA).atZone(KOLKATA))
                .isEqualTo(ZonedDateTime.of(2026, 1, 20, 23, 59, 0, 0, KOLKATA));
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        // already Thursday 19:00 in Auckland: still five days from the candidate's today
        assertThat(scheduling.takeHomeDue(auckland).atZone(auckland))
                .isEqualTo(ZonedDateTime.of(2026, 1, 20, 23, 59, 0, 0, auckland));
    }

    @Test
    void shouldReadAnotherTimeInTheChosenZone() {
        ScheduleForm form = new ScheduleForm(List.of(IVAN.personId()), ScheduleForm.OTHER,
                "2026-01-19T10:00", "Europe/Berlin");

        assertThat(scheduling.check(form, BEATS, errors(form))).contains(Instant.parse("2026-01-19T09:00:00Z"));
    }

    @Test
    void shouldRefuseAStartInThePast() {
        ScheduleForm form = new ScheduleForm(List.of(IVAN.personId()), ScheduleForm.OTHER,
                "2026-01-15T06:00", "Europe/Berlin");
        Errors errors = errors(form);

        assertThat(scheduling.check(form, BEATS, errors)).isEmpty();
        assertThat(errors.getFieldError("otherStart").getCode()).isEqualTo("schedule.start.past");
    }

    @Test
    void shouldRefuseAnotherTimeThatIsNotADateTime() {
        ScheduleForm form = new ScheduleForm(List.of(IVAN.personId()), ScheduleForm.OTHER, "next Monday",
                "Europe/Berlin");
        Errors errors = errors(form);

        assertThat(scheduling.check(form, BEATS, errors)).isEmpty();
        assertThat(errors.getFieldError("otherStart").getCode()).isEqualTo("schedule.otherStart.invalid");
    }

    @Test
    void shouldRefuseAPanelThatIsEmptyTooLargeOrFromAnotherTeam() {
        String slot = "2026-01-19T09:00:00Z";
        assertThat(code(new ScheduleForm(List.of(), slot, null, null))).isEqualTo("schedule.interviewers.required");
        assertThat(code(new ScheduleForm(List.of(1L, 2L, 3L, 4L, 5L), slot, null, null)))
                .isEqualTo("schedule.interviewers.tooMany");
        assertThat(code(new ScheduleForm(List.of(IVAN.personId(), 999L), slot, null, null)))
                .isEqualTo("schedule.interviewers.notInPool");
    }

    @Test
    void shouldAskForOneOrTwoReviewersFromThePool() {
        TakeHomeForm three = new TakeHomeForm(List.of(IVAN.personId(), PRIYA.personId(), SAM.personId()));
        Errors errors = errors(three);

        assertThat(scheduling.check(three, BEATS, errors)).isFalse();
        assertThat(errors.getFieldError("reviewers").getCode()).isEqualTo("takehome.reviewers.tooMany");
        TakeHomeForm two = new TakeHomeForm(List.of(IVAN.personId(), PRIYA.personId()));
        assertThat(scheduling.check(two, BEATS, errors(two))).isTrue();
    }

    private String code(ScheduleForm form) {
        Errors errors = errors(form);
        scheduling.check(form, BEATS, errors);
        return errors.getFieldError("interviewers").getCode();
    }

    private static Errors errors(Object form) {
        return new BeanPropertyBindingResult(form, "form");
    }

    private static PoolMember member(long id, String name, String zone, int booked) {
        return new PoolMember(id, name, WorkingHours.standard(ZoneId.of(zone)), booked, PoolMember.DEFAULT_WEEKLY_LIMIT);
    }

    private static StageTask stageTask(String candidateZone) {
        Application application = new Application(42, 7, "Ananya Iyer", "ananya@example.com", candidateZone, "IN",
                null, Application.Source.INBOUND, Application.Status.ACTIVE, null, null, null, 1, NOW, null, "pi");
        Requisition requisition = new Requisition(7, 4, "Golang Developer", 2, "Anywhere", 1, "", Requisition.Status.OPEN,
                1, NOW, null, null);
        return new StageTask(mock(Task.class), application, requisition, TEAM_FIT, TEAM_FIT.name(), "BeatsLoop:1:1");
    }
}
