package dev.onramp.diagram;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a team's loop page and its models: recruiters and admins every team's; the team's own hiring
 * managers and interviewers their team's. Anyone else: 403.
 */
@Component
class TeamLoopAccess {

    private final TeamRepository teams;
    private final PersonRepository people;

    TeamLoopAccess(TeamRepository teams, PersonRepository people) {
        this.teams = teams;
        this.people = people;
    }

    Team requireVisible(long teamId, OnrampUser me) {
        Team team = teams.get(teamId);
        if (me.has(Role.RECRUITER) || me.has(Role.ADMIN)) {
            return team;
        }
        if ((me.has(Role.HIRING_MANAGER) || me.has(Role.INTERVIEWER))
                && Objects.equals(people.get(me.personId()).teamId(), teamId)) {
            return team;
        }
        throw new AccessDeniedException("team " + teamId + "'s loop");
    }
}
