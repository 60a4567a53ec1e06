package dev.onramp.hiring;

import dev.onramp.hiring.ApplicationRepository.NewApplication;
import dev.onramp.people.OnrampUser;
import dev.onramp.system.NotFoundException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding candidates to requisitions, and who may see an application. */
@Service
public class Applications {

    private static final Logger log = LoggerFactory.getLogger(Applications.class);

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final ApplicationProcesses processes;
    private final RequisitionAccess access;
    private final Clock clock;

    public Applications(ApplicationRepository applications, RequisitionRepository requisitions,
                        ApplicationProcesses processes, RequisitionAccess access, Clock clock) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.processes = processes;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Adds a validated candidate to an open requisition and starts their hiring process, in one
     * transaction: if the process does not start, no application is kept.
     *
     * @throws RequisitionClosedException when the requisition is closed (also if it closed a moment ago)
     * @throws DuplicateApplicationException when this e-mail already applied to the requisition
     * @throws ApplicationProcesses.NotStartedException when the engine refuses to start the process
     */
    @Transactional
    public long add(long requisitionId, ApplicationForm form, OnrampUser addedBy) {
        RequisitionRepository.ForApplication locked = requisitions.lockForApplication(requisitionId);
        if (!locked.requisition().isOpen()) {
            throw new RequisitionClosedException(requisitionId);
        }
        long id; // a second application with the same e-mail is refused by the unique key (V3), in the same round trip
        try {
            id = applications.insert(new NewApplication(requisitionId, form.name().strip(), form.email(),
                    form.zone().strip(), form.countryCode(), form.resumeLink(), form.source(), addedBy.personId(),
                    clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new DuplicateApplicationException();
        }
        processes.start(id, requisitionId, locked.processStart());
        log.info("Application {} added to requisition {} by person {}", id, requisitionId, addedBy.personId());
        return id;
    }

    /**
     * An application that {@code viewer} may see: recruiters and admins see all, a hiring manager
     * those of their own requisitions; anyone else gets the same 404 as for an unknown id.
     */
    public Application requireVisible(long id, OnrampUser viewer) {
        Application application = applications.get(id);
        if (maySeeApplicationsOf(requisitions.get(application.requisitionId()), viewer)) {
            return application;
        }
        throw new NotFoundException("application", id);
    }

    /**
     * A requisition whose applications {@code viewer} may see, by the rule of {@link #requireVisible}
     * (for its pipeline board); anyone else gets the same 404 as for an unknown id.
     */
    public Requisition requireFollowable(long requisitionId, OnrampUser viewer) {
        return access.requireFollowable(requisitionId, viewer);
    }

    /** Whether {@code viewer} may see the candidates of {@code requisition}: {@link RequisitionAccess}'s rule. */
    public boolean maySeeApplicationsOf(Requisition requisition, OnrampUser viewer) {
        return access.maySeeApplicationsOf(requisition, viewer);
    }

    /** The requisition no longer takes candidates. */
    public static class RequisitionClosedException extends RuntimeException {

        public RequisitionClosedException(long requisitionId) {
            super("requisition " + requisitionId + " is closed");
        }
    }

    /** The same e-mail (in any letter case) already applied to the requisition. */
    public static class DuplicateApplicationException extends RuntimeException {

        public DuplicateApplicationException() {
            super("this e-mail already applied to the requisition");
        }
    }
}
