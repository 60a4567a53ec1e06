package dev.onramp.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects to a path on this site only: an absolute URL (the page someone asked for before signing in, which Spring
 * Security remembers with the scheme and host of that request, Host header included) loses its scheme and host.
 */
class PathOnlyRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        String path = UrlUtils.isAbsoluteUrl(url) ? pathOf(url) : request.getContextPath() + url;
        response.sendRedirect(response.encodeRedirectURL(path));
    }

    static String pathOf(String url) {
        try {
            URI uri = new URI(url);
            // "//host/…" or "/\host/…" would be read by a browser as another site
            String path = uri.getRawPath() == null ? "/" : ("/" + uri.getRawPath()).replaceFirst("^[/\\\\]+", "/");
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
