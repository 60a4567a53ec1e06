package dev.onramp.onboarding;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.tasklist.TaskSubjects;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The tasks of a new hire's onboarding are about the new hire. One query however many tasks. */
@Component
class OnboardingTaskSubjects implements TaskSubjects {

    private final PersonRepository people;

    OnboardingTaskSubjects(PersonRepository people) {
        this.people = people;
    }

    @Override
    public Set<String> variableNames() {
        return Set.of(OnboardingProcess.VAR_NEW_HIRE_ID);
    }

    @Override
    public Map<String, TaskSubject> describe(Map<String, Map<String, Object>> variablesByProcessInstance) {
        Map<String, Long> newHires = new HashMap<>();
        variablesByProcessInstance.forEach((processInstanceId, v) -> {
            if (v.get(OnboardingProcess.VAR_NEW_HIRE_ID) instanceof Number id) {
                newHires.put(processInstanceId, id.longValue());
            }
        });
        if (newHires.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = people.findByIds(Set.copyOf(newHires.values())).stream()
                .collect(Collectors.toMap(Person::id, Person::displayName));
        Map<String, TaskSubject> subjects = new HashMap<>();
        newHires.forEach((processInstanceId, id) ->
                subjects.put(processInstanceId, new TaskSubject(names.get(id), null, null, null)));
        return subjects;
    }
}
