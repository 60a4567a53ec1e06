package dev.onramp.onboarding;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The mentee limit at the mentor's accept holds on a real PostgreSQL (READ COMMITTED) when two accepts race. */
@OnrampPostgresTest
class MentorAcceptRaceIT {

    @Autowired
    MentoringRepository mentoring;

    @Autowired
    PersonRepository people;

    @Autowired
    TransactionTemplate tx;

    @Test
    void shouldLetOnlyOneOfTwoAcceptsAtOnceTakeTheMentorsLastPlace() throws Exception {
        MentorAcceptRace.run(mentoring, people, tx);
    }
}
