package dev.onramp.hiring;

import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.TeamRepository;
import java.time.Clock;
import org.slf4j.Logger;
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
    private final Clock clock;

    public Requisitions(RequisitionRepository requisitions, ApplicationRepository applications,
                        ApplicationProcesses processes, TeamRepository teams, Clock clock) {
        this.requisitions = requisitions;
        this.applications = applications;
        this.processes = processes;
        this.teams = teams;
        this.clock = clock;
    }

    /** Opens a validated requisition; without a chosen hiring manager, the team's is it. */
    @Transactional
    public long open(RequisitionForm form, OnrampUser openedBy) {
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
     */
    @Transactional
    public boolean close(long id, String reason, OnrampUser closedBy) {
        requisitions.get(id);
        if (!requisitions.close(id, reason.strip(), clock.instant())) {
            return false;
        }
        var active = applications.findActiveIds(id);
        active.forEach(processes::endForClosedRequisition);
        log.info("Requisition {} closed by person {}; {} active applications ended", id, closedBy.personId(), active.size());
        return true;
    }
}
