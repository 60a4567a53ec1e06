package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseUnavailableTest {

    private final DatabaseUnavailable unavailable = new DatabaseUnavailable();

    @Test
    void shouldAnswer503WithTheUnavailablePageWhenNoConnectionCanBeHad() {
        var response = new MockHttpServletResponse();

        var page = unavailable.resolveException(new MockHttpServletRequest(), response, null,
                new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("timeout")));

        assertThat(page).isNotNull();
        assertThat(page.getViewName()).isEqualTo(DatabaseUnavailable.VIEW);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER);
    }

    @Test
    void shouldRecogniseTheDriversConnectionFailureInsideAnEngineException() {
        var engine = new ProcessEngineException("could not execute query",
                new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(DatabaseUnavailable.isDatabaseAway(engine)).isTrue();
    }

    @Test
    void shouldRecogniseTheRollbackOfARequestInFlightWhenTheServerWentAway() {
        // Hikari's proxy of the connection it closed after the server went away; no SQL state
        var engine = new ProcessEngineException("An exception occurred in the persistence layer.",
                new SQLException("Connection is closed"));

        assertThat(DatabaseUnavailable.isDatabaseAway(engine)).isTrue();
    }

    @Test
    void shouldRecogniseAServerThatIsShuttingDown() {
        assertThat(DatabaseUnavailable.isDatabaseAway(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void shouldLeaveEveryOtherFailureToTheUsualErrorPages() {
        assertThat(unavailable.resolveException(new MockHttpServletRequest(), new MockHttpServletResponse(), null,
                new IllegalStateException("a bug"))).isNull();
        assertThat(DatabaseUnavailable.isDatabaseAway(new SQLException("duplicate key", "23505"))).isFalse();
    }
}
