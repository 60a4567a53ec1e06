package dev.onramp.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database is away (restarting, failing over, out of connections) every page answers 503 with a page that
 * says so and to try again in a moment, never a stack trace; Hikari reconnects by itself once it is back
 * ({@code spring.datasource.hikari.*}). Recognised anywhere in the cause chain, since the engine wraps the driver's
 * exceptions in its own: Spring's {@link CannotGetJdbcConnectionException} / {@link DataAccessResourceFailureException}
 * / {@link CannotCreateTransactionException}, Hikari's {@link SQLTransientConnectionException} (no connection within
 * its timeout) and the driver's connection-class SQL states (08…, 57P…: the server went away or is shutting down).
 * Thrown in a controller: answered here, first among the exception resolvers; thrown in a filter (sign-in, audit):
 * answered by the error page ({@link ErrorViewResolver}).
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

    static final String VIEW = "error/unavailable";
    /** Seconds a browser or client is told to wait before trying again. */
    static final String RETRY_AFTER = "10";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final int DEPTH = 20;

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!isDatabaseAway(failure)) {
            return null;
        }
        log.warn("Database unavailable, answered 503: {}", failure.getClass().getSimpleName());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        var page = new ModelAndView(VIEW);
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (!(failure instanceof Throwable thrown) || !isDatabaseAway(thrown)) {
            return null;
        }
        return new ModelAndView(VIEW, model, HttpStatus.SERVICE_UNAVAILABLE);
    }

    static boolean isDatabaseAway(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
