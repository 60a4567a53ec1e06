package dev.onramp.people;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.springframework.stereotype.Component;

/** Plugs {@link PeopleIdentityProvider} into the engine (the Spring Boot starter applies plugin beans). */
@Component
class PeopleIdentityPlugin extends AbstractProcessEnginePlugin {

    private final PersonRepository people;

    PeopleIdentityPlugin(PersonRepository people) {
        this.people = people;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new PeopleIdentityProvider(people);
            }
        });
    }
}
