package dev.onramp.onboarding;

import dev.onramp.mentor.Suggestion;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SuggestMentors}: stores the top three with their reasons and says whether there are any. */
@Component(OnboardingProcess.BEAN_SUGGEST_MENTORS)
class SuggestMentors implements JavaDelegate {

    private final MentorChoice choice;
    private final MentoringRepository mentoring;
    private final Clock clock;

    SuggestMentors(MentorChoice choice, MentoringRepository mentoring, Clock clock) {
        this.choice = choice;
        this.mentoring = mentoring;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long newHireId = (Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID);
        List<Suggestion> suggestions = choice.suggest(newHireId);
        mentoring.insertSuggestions(newHireId, suggestions, clock.instant());
        execution.setVariable(OnboardingProcess.VAR_MENTOR_CANDIDATES_FOUND, !suggestions.isEmpty());
    }
}
