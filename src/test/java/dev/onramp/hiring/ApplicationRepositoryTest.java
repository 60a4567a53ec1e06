package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.system.WebTest.Page;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** What the application table itself guarantees, under the checks of the form. */
class ApplicationRepositoryTest extends HiringWebSupport {

    @Test
    void shouldRefuseTheSameEmailInAnotherLetterCaseAtTheDatabase() {
        long requisition = openRequisition(unique("Go Developer"));
        insertApplication(requisition, "Grace Hopper", "Same.Person@Example.com");

        assertThatThrownBy(() -> insertApplication(requisition, "Grace Hopper", " same.person@example.COM"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(applications.existsByEmail(requisition, "SAME.person@example.com ")).isTrue();
    }

    @Test
    void shouldEndOnlyActiveApplicationsWithTheRequisitionsCloseReasonAndStage() {
        long requisition = openRequisition(unique("Go Developer"));
        long id = insertApplication(requisition, "Grace Hopper", email("grace"));
        jdbc.sql("UPDATE application SET stage = 'pairing' WHERE id = ?").param(id).update();
        requisitions.close(requisition, "Budget moved to next year", clock.instant());

        assertThat(applications.endForClosedRequisition(id, clock.instant())).isTrue();
        assertThat(applications.endForClosedRequisition(id, clock.instant())).isFalse();

        Application ended = applications.get(id);
        assertThat(ended.status()).isEqualTo(Application.Status.REQUISITION_CLOSED);
        assertThat(ended.outcomeReason()).isEqualTo("Budget moved to next year");
        assertThat(ended.outcomeStage()).isEqualTo("pairing");
        assertThat(ended.endedAt()).isNotNull();
        assertThat(applications.findActiveIds(requisition)).isEmpty();
    }

    @Test
    void shouldShowAnEndedApplicationWithItsOutcomeOnTheRequisitionPage() {
        long requisition = openRequisition(unique("Go Developer"));
        long id = insertApplication(requisition, "Grace Hopper", email("grace"));
        requisitions.close(requisition, "Filled", clock.instant());
        applications.endForClosedRequisition(id, clock.instant());

        Page page = signedIn("rita").get("/requisitions/" + requisition);

        assertThat(page.text("#application-" + id)).contains("Requisition closed");
        assertThat(signedIn("rita").get("/applications/" + id).text("#outcome-reason")).isEqualTo("Filled");
    }
}
