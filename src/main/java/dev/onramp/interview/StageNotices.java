package dev.onramp.interview;

import dev.onramp.loop.Stage;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/** What a stage's notifications say and to whom: the stage's name, its requisition's title, the recruiters. */
@Component
class StageNotices {

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final PersonRepository people;

    StageNotices(ApplicationRepository applications, RequisitionRepository requisitions, PersonRepository people) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.people = people;
    }

    /** The stage process's application, its requisition's title and the stage's display name. */
    Stage stage(VariableScope execution) {
        LongValue applicationId = execution.getVariableTyped(InterviewStage.VAR_APPLICATION_ID);
        StringValue stageName = execution.getVariableTyped(InterviewStage.VAR_STAGE_NAME);
        Application application = applications.get(applicationId.getValue());
        return new Stage(application.id(), requisitions.get(application.requisitionId()).title(),
                stageName == null ? "" : stageName.getValue());
    }

    List<Long> recruiters() {
        return people.findByRole(Role.RECRUITER).stream().map(Person::id).toList();
    }

    /** One stage of one application, as notifications name it (never the candidate). */
    record Stage(long applicationId, String requisitionTitle, String name) {

        String applicationLink() {
            return "/applications/" + applicationId;
        }
    }
}
