package dev.onramp.hiring;

import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.TeamRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.springframework.security.access.AccessDeniedException;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and closing requisitions; closing ends the applications that were still running. */
@Service
public class Requisitions {

    private static final Logger log = LoggerFactory.getLogger(Requisitions.class);

    private final RequisitionRepository requisitions;
    private final ApplicationRepository applications;
    private final ApplicationProcesses processes;
    private final TeamRepository teams;
    private final RequisitionAccess access;
    private final Clock clock;

    public Requisitions(RequisitionRepository requisitions, ApplicationRepository applications,
                        ApplicationProcesses processes, TeamRepository teams, RequisitionAccess access, Clock clock) {
        this.requisitions = requisitions;
        this.applications = applications;
        this.processes = processes;
        this.teams = teams;
        this.access = access;
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
}
