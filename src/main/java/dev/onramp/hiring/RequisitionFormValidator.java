package dev.onramp.hiring;

import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The checks that need our tables: the team exists, and the hiring manager is one (or the team has one). */
@Component
class RequisitionFormValidator implements Validator {

    private final TeamRepository teams;
    private final PersonRepository people;

    RequisitionFormValidator(TeamRepository teams, PersonRepository people) {
        this.teams = teams;
        this.people = people;
    }

    @Override
    public boolean supports(Class<?> type) {
        return RequisitionForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        RequisitionForm form = (RequisitionForm) target;
        Optional<Team> team = form.teamId() == null ? Optional.empty() : teams.findById(form.teamId());
        if (form.teamId() != null && team.isEmpty()) {
            errors.rejectValue("teamId", "requisition.team.unknown");
        }
        if (form.hiringManagerId() != null) {
            boolean isHiringManager = people.findById(form.hiringManagerId()).map(p -> p.has(Role.HIRING_MANAGER)).orElse(false);
            if (!isHiringManager) {
                errors.rejectValue("hiringManagerId", "requisition.hiringManager.unknown");
            }
        } else if (team.isPresent() && team.get().hiringManagerId() == null) {
            errors.rejectValue("hiringManagerId", "requisition.hiringManager.required");
        }
    }
}
