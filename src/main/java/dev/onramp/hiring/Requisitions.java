package dev.onramp.hiring;

import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.people.OnrampUser;
import dev.onramp.hiring.RequisitionRepository.Change;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.TeamRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.time.Clock;
import org.slf4j.Logger;
import org.springframework.security.access.AccessDeniedException;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, editing and closing requisitions; closing ends the applications that were still running. */
@Service
public class Requisitions {

    private static final Logger log = LoggerFactory.getLogger(Requisitions.class);

    private final RequisitionRepository requisitions;
    private final ApplicationRepository applications;
    private final ApplicationProcesses processes;
    private final TeamRepository teams;
    private final RequisitionAccess access;
    private final PersonRepository people;
    private final Clock clock;

    public Requisitions(RequisitionRepository requisitions, ApplicationRepository applications,
                        ApplicationProcesses processes, TeamRepository teams, RequisitionAccess access,
                        PersonRepository people, Clock clock) {
        this.requisitions = requisitions;
        this.applications = applications;
        this.processes = processes;
        this.teams = teams;
        this.access = access;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Opens a validated requisition; without a chosen hiring manager, the team's is it.
     *
     * @throws AccessDeniedException when {@code openedBy} may not open requisitions of that team ({@link RequisitionAccess})
     */
    @Transactional
    public long open(RequisitionForm form, OnrampUser openedBy) {
        if (!access.mayManageTeam(form.teamId(), openedBy)) {
            throw new AccessDeniedException("requisitions of team " + form.teamId() + " are another team's");
        }
        RequisitionForm.OPENINGS.require("openings", form.openings());
        long hiringManagerId = form.hiringManagerId() != null ? form.hiringManagerId()
                : teams.get(form.teamId()).hiringManagerId();
        long id = requisitions.insert(new NewRequisition(form.teamId(), form.title().strip(), hiringManagerId,
                form.locationPolicy().strip(), form.openings(), form.description() == null ? "" : form.description().strip(),
                openedBy.personId(), clock.instant()));
        log.info("Requisition {} opened by person {}", id, openedBy.personId());
        return id;
    }

    /**
     * Closes an open requisition and ends each of its active applications with the outcome
     * "requisition closed"; false when it was closed already (nothing changes then).
     *
     * @throws AccessDeniedException when {@code closedBy} may not close it ({@link RequisitionAccess})
     */
    @Transactional
    public boolean close(long id, String reason, OnrampUser closedBy) {
        access.requireManageable(id, closedBy);
        if (!requisitions.close(id, reason.strip(), clock.instant())) {
            return false;
        }
        var active = applications.findActiveIds(id);
        active.forEach(processes::endForClosedRequisition);
        log.info("Requisition {} closed by person {}; {} active applications ended", id, closedBy.personId(), active.size());
        return true;
    }

    /**
     * The people who may hold the requisition's hiring: its team's hiring managers, and whoever holds it now (even
     * if they moved teams since).
     */
    public List<Person> hiringManagerChoices(Requisition requisition) {
        List<Person> choices = new ArrayList<>(people.findByTeamAndRole(requisition.teamId(), Role.HIRING_MANAGER));
        if (choices.stream().noneMatch(p -> p.id() == requisition.hiringManagerId())) {
            choices.add(0, people.get(requisition.hiringManagerId()));
        }
        return choices;
    }

    /**
     * Saves a validated edit of an open requisition, made on a page loaded at {@code form.version()}, and records
     * what it changed, field by field. A new hiring manager takes over the running applications' processes.
     *
     * @throws AccessDeniedException when {@code by} may not edit it ({@link RequisitionAccess})
     * @throws IllegalArgumentException when the hiring manager is none of {@link #hiringManagerChoices}
     */
    @Transactional
    public EditOutcome edit(long id, RequisitionEditForm form, OnrampUser by) {
        Requisition current = access.requireManageable(id, by);
        RequisitionEditForm edit = form.normalised();
        RequisitionForm.OPENINGS.require("openings", edit.openings());
        if (!current.isOpen()) {
            return EditOutcome.CLOSED;
        }
        if (hiringManagerChoices(current).stream().noneMatch(p -> p.id() == edit.hiringManagerId())) {
            throw new IllegalArgumentException("person " + edit.hiringManagerId() + " cannot hire for requisition " + id);
        }
        List<Diff> diffs = diffs(current, edit);
        int version = requisitions.version(id);
        if (version != edit.version()) {
            // a second submit of an edit that is saved already changes nothing; anything else lost a race
            return diffs.isEmpty() ? EditOutcome.UNCHANGED : EditOutcome.STALE;
        }
        if (diffs.isEmpty()) {
            return EditOutcome.UNCHANGED;
        }
        if (!requisitions.update(id, version, edit)) {
            return EditOutcome.STALE;
        }
        var now = clock.instant();
        for (Diff diff : diffs) {
            requisitions.insertChange(id, version + 1, by.personId(), now, diff.field(), diff.before(), diff.after());
        }
        if (edit.hiringManagerId() != current.hiringManagerId()) {
            String username = people.get(edit.hiringManagerId()).username();
            applications.findActiveIds(id).forEach(a -> processes.handOverToHiringManager(a, username));
        }
        log.info("Requisition {} edited by person {} (version {}): {}", id, by.personId(), version + 1,
                diffs.stream().map(d -> d.field().name()).toList());
        return EditOutcome.SAVED;
    }

    private static List<Diff> diffs(Requisition r, RequisitionEditForm edit) {
        List<Diff> diffs = new ArrayList<>();
        diff(diffs, Change.Field.TITLE, r.title(), edit.title());
        diff(diffs, Change.Field.DESCRIPTION, r.description() == null ? "" : r.description(), edit.description());
        diff(diffs, Change.Field.OPENINGS, String.valueOf(r.openings()), String.valueOf(edit.openings()));
        diff(diffs, Change.Field.LOCATION_POLICY, r.locationPolicy(), edit.locationPolicy());
        diff(diffs, Change.Field.HIRING_MANAGER, String.valueOf(r.hiringManagerId()),
                String.valueOf(edit.hiringManagerId()));
        return diffs;
    }

    private static void diff(List<Diff> diffs, Change.Field field, String before, String after) {
        if (!Objects.equals(before, after)) {
            diffs.add(new Diff(field, before, after));
        }
    }

    private record Diff(Change.Field field, String before, String after) {
    }

    /** How an edit went. */
    public enum EditOutcome {
        SAVED,
        /** nothing differed from what is saved (also a second submit of a saved edit) */
        UNCHANGED,
        /** someone else saved the requisition after the page was loaded */
        STALE,
        /** the requisition is closed */
        CLOSED
    }
}
