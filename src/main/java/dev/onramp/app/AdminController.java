package dev.onramp.app;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Admins: teams and their loops, people and roles, deployed models, and the way into Cockpit. */
@Controller
class AdminController {

    static final String VIEW = "app/admin";

    private final TeamRepository teams;
    private final PersonRepository people;
    private final RepositoryService repository;

    AdminController(TeamRepository teams, PersonRepository people, RepositoryService repository) {
        this.teams = teams;
        this.people = people;
        this.repository = repository;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        List<Team> allTeams = teams.findAll();
        List<Person> everyone = people.findAll();
        model.addAttribute("teams", allTeams);
        model.addAttribute("people", everyone);
        model.addAttribute("peopleById", everyone.stream().collect(Collectors.toMap(Person::id, Person::displayName)));
        model.addAttribute("teamNames", allTeams.stream().collect(Collectors.toMap(Team::id, Team::name)));
        model.addAttribute("definitions", repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list());
        return VIEW;
    }
}
