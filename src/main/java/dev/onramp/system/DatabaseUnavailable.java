package dev.onramp.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * its timeout) and the driver's connection-class SQL states (08…, 57P…: the server went away or is shutting down), and
 * Hikari's "Connection is closed" (a request in flight at the moment the server went away, failing on its rollback).
 * Answered here, first among the exception resolvers, for whatever a controller threw. A failure in a filter (sign-in,
 * audit) gets the usual error page (500, "try again in a moment"): no {@code ErrorViewResolver} bean here, since one
 * would switch off Spring Boot's own (the 403, 404 and 5xx pages).
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

    static final String VIEW = "error/unavailable";
    /** Seconds a browser or client is told to wait before trying again. */
    static final String RETRY_AFTER = "10";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final int DEPTH = 20;
    /**
     * What Hikari's proxy of a connection it has closed throws, without an SQL state: a request in flight when the
     * server went away fails on the dead connection, Hikari closes it, and the rollback that follows fails with this,
     * which is then the exception the request sees (DatabaseRestartIT, session 3: a feedback page answered 500).
     */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

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
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && POOL_CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
