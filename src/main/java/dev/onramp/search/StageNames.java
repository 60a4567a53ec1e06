package dev.onramp.search;

import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The names the teams' loops give their stages (latest versions), for stage keys kept on applications. */
@Component
class StageNames {

    private final TeamRepository teams;
    private final LoopStages loopStages;

    StageNames(TeamRepository teams, LoopStages loopStages) {
        this.teams = teams;
        this.loopStages = loopStages;
    }

    /** Stage names by team id and stage key. */
    Map<Long, Map<String, String>> byTeam() {
        Map<Long, Map<String, String>> names = new LinkedHashMap<>();
        for (Team team : teams.findAll()) {
            Map<String, String> stages = new LinkedHashMap<>();
            for (Stage stage : stagesOf(team)) {
                stages.put(stage.key(), stage.name());
            }
            names.put(team.id(), stages);
        }
        return names;
    }

    /** Every stage key of every team's loop with its name (the first team's name for a key several share). */
    Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        byTeam().values().forEach(stages -> stages.forEach(all::putIfAbsent));
        return all;
    }

    private List<Stage> stagesOf(Team team) {
        try {
            return loopStages.latestStagesOf(team.loopProcessKey());
        } catch (NotFoundException e) {
            return List.of(); // a team whose loop is not deployed (yet) has no stages to name
        }
    }
}
