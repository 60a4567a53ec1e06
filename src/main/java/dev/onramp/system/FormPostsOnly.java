package dev.onramp.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Onramp's pages take form posts only, and small ones. A request with a body to any route but the engine's REST API
 * and Camunda's web apps (which speak JSON and take uploads) must be {@code application/x-www-form-urlencoded}, or
 * it is a 415 (a JSON body was read as an empty form and completed a task); a body over {@value #MAX_BYTES} bytes is
 * a 413. Registered first ({@link RequestLimitsConfig}), so nothing has read the body yet: not the CSRF filter, which
 * would answer a 403 for a form whose token the container dropped with the rest of an oversized body.
 */
class FormPostsOnly extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;

    /** The routes of the engine and its web apps, which keep their own content types. */
    static final List<String> OTHER_APIS = List.of("/engine-rest/", "/camunda/");

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Tomcat's note that it dropped the parameters of a form over {@code max-http-form-post-size}. */
    private static final String TOMCAT_PARSE_FAILED = "org.apache.catalina.parameter_parse_failed_reason";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !WITH_BODY.contains(request.getMethod()) || OTHER_APIS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        boolean hasBody = length > 0 || (length < 0 && request.getHeader("Transfer-Encoding") != null);
        if ((hasBody || request.getContentType() != null) && !isForm(request.getContentType())) {
            response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            return;
        }
        if (length < 0 && hasBody) {
            // a chunked form of unknown length: let the container read it now (up to its limit) and ask
            request.getParameterMap();
            Object failed = request.getAttribute(TOMCAT_PARSE_FAILED);
            if (failed != null && failed.toString().equals("POST_TOO_LARGE")) {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
