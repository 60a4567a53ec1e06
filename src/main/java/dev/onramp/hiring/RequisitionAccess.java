package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.system.NotFoundException;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The pipeline's one team-scope rule, used by every route that touches a requisition or its applications:
 * recruiters and admins work on every team's requisitions; a hiring manager opens, edits and closes those of their
 * own team only. Candidates of a requisition are seen by recruiters, admins and its hiring manager.
 */
@Component
public class RequisitionAccess {

    private final RequisitionRepository requisitions;
    private final PersonRepository people;

    public RequisitionAccess(RequisitionRepository requisitions, PersonRepository people) {
        this.requisitions = requisitions;
        this.people = people;
    }

    /** Whether {@code me} may open, edit and close requisitions of the team {@code teamId}. */
    public boolean mayManageTeam(Long teamId, OnrampUser me) {
        if (me.has(Role.RECRUITER) || me.has(Role.ADMIN)) {
            return true;
        }
        return me.has(Role.HIRING_MANAGER) && teamId != null
                && Objects.equals(teamId, people.get(me.personId()).teamId());
    }

    public boolean mayManage(Requisition requisition, OnrampUser me) {
        return mayManageTeam(requisition.teamId(), me);
    }

    /** A requisition {@code me} may edit or close: 404 when unknown, 403 when it is another team's. */
    public Requisition requireManageable(long requisitionId, OnrampUser me) {
        Requisition requisition = requisitions.get(requisitionId);
        if (!mayManage(requisition, me)) {
            throw new AccessDeniedException("requisition " + requisitionId + " is another team's");
        }
        return requisition;
    }

    /** Whether {@code me} may see the candidates of {@code requisition}: recruiters, admins, its hiring manager. */
    public boolean maySeeApplicationsOf(Requisition requisition, OnrampUser me) {
        return me.has(Role.RECRUITER) || me.has(Role.ADMIN) || requisition.hiringManagerId() == me.personId();
    }

    /**
     * For lists and search across requisitions, by the rule of {@link #maySeeApplicationsOf}: null when {@code me}
     * sees every requisition's candidates (recruiters, admins), else the hiring manager (person id) whose
     * requisitions' candidates alone {@code me} sees: their own.
     */
    public Long candidatesLimitedToHiringManager(OnrampUser me) {
        return me.has(Role.RECRUITER) || me.has(Role.ADMIN) ? null : me.personId();
    }

    /**
     * For search across requisitions, by the rule of {@link #mayManageTeam}: null when {@code me} finds every team's
     * requisitions (recruiters, admins), else the team whose requisitions alone {@code me} finds (a hiring manager's
     * own; -1, no team, for anyone else).
     */
    public Long requisitionsLimitedToTeam(OnrampUser me) {
        if (me.has(Role.RECRUITER) || me.has(Role.ADMIN)) {
            return null;
        }
        Long team = me.has(Role.HIRING_MANAGER) ? people.get(me.personId()).teamId() : null;
        return team == null ? -1L : team;
    }

    /** A requisition whose candidates {@code me} may see; anyone else gets the same 404 as for an unknown id. */
    public Requisition requireFollowable(long requisitionId, OnrampUser me) {
        Requisition requisition = requisitions.get(requisitionId);
        if (!maySeeApplicationsOf(requisition, me)) {
            throw new NotFoundException("requisition", requisitionId);
        }
        return requisition;
    }
}
