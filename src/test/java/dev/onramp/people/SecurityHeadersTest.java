package dev.onramp.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebClient;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers on every page (a Content-Security-Policy without inline script, Referrer-Policy,
 * Permissions-Policy), no inline script or handler in any rendered page, Camunda's webapps under their own policy,
 * the session cookie's SameSite and Secure, and redirects that never carry a foreign Host header. Through MockMvc,
 * and over the real port where the servlet container itself answers.
 */
@OnrampAppTest
class SecurityHeadersTest {

    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Autowired
    WebTest web;

    @Test
    void shouldSendTheSecurityHeadersOnEveryPage() {
        Visitor rita = web.signedIn("rita");
        List<Page> pages = List.of(rita.get("/"), rita.get("/tasks"), rita.get("/requisitions"), rita.get("/no-such-page"),
                web.signedOut().get("/login"), web.signedOut().get("/password/no-such-token"), web.signedOut().get("/tasks"));

        for (Page page : pages) {
            assertThat(page.header("Content-Security-Policy")).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY)
                    .contains("script-src 'self';").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(page.header("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
        }
    }

    @Test
    void shouldRenderNoInlineScriptNorEventHandlerOnAnyPageAnyRoleCanReach() {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (String username : List.of("rita", "hank", "ivan", "mia", "cora", "admin")) {
            Visitor visitor = web.signedIn(username);
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> next = new ArrayDeque<>(List.of("/"));
            while (!next.isEmpty() && seen.size() < 25) {
                String path = next.poll();
                if (!seen.add(path)) {
                    continue;
                }
                Page page = visitor.get(path);
                if (page.status() != 200 || page.contentType() == null || !page.contentType().startsWith("text/html")) {
                    continue;
                }
                pages++;
                page.select("script:not([src])").forEach(e -> found.add(username + " " + path + ": " + e.outerHtml()));
                for (Element element : page.select("*")) {
                    element.attributes().forEach(a -> {
                        if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                                || a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                            found.add(username + " " + path + ": " + a);
                        }
                    });
                }
                page.links().stream()
                        .filter(link -> link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/camunda")
                                && !link.contains("logout") && !link.contains("/attachments/"))
                        .forEach(next::add);
            }
        }
        assertThat(pages).as("pages read").isGreaterThan(40);
        assertThat(found).isEmpty();
    }

    @Test
    void shouldKeepAForeignHostHeaderOutOfEveryRedirect() {
        Visitor visitor = web.signedOut().withHeader("Host", EVIL);
        List<String> locations = new ArrayList<>();

        Page toSignIn = visitor.get("/notifications");
        locations.add(toSignIn.header("Location"));
        locations.add(visitor.signIn("rita", "wrong").header("Location"));
        Page signedIn = visitor.signIn("rita", "demo");
        locations.add(signedIn.header("Location"));
        locations.add(visitor.post("/notifications/read", Map.of()).header("Location"));
        locations.add(visitor.post("/logout", Map.of()).header("Location"));

        assertThat(locations).containsExactly("/login", "/login?error", "/notifications?continue", "/notifications",
                "/login?signedOut");
    }

    @Test
    void shouldAnswerRelativeRedirectsFromTheServerItself() throws IOException {
        for (String path : List.of("/", "/tasks", "/camunda/app/", "/admin")) {
            Map<String, String> response = raw("GET " + path + " HTTP/1.1\r\nHost: " + EVIL + "\r\nAccept: text/html\r\n");
            assertThat(response.get(":status")).as(path).startsWith("302");
            assertThat(response.get("location")).as(path).isEqualTo("/login");
        }
    }

    @Test
    void shouldMakeTheSessionCookieSameSiteLaxAndSecureWhenTheBrowserUsedHttps() throws IOException {
        Map<String, String> plain = raw("GET /login HTTP/1.1\r\nHost: localhost\r\n");
        Map<String, String> https = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n");

        assertThat(plain.get("set-cookie")).contains("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly")
                .doesNotContain("Secure");
        assertThat(https.get("set-cookie")).contains("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly")
                .contains("Secure");
    }

    @Test
    void shouldLeaveCamundasWebappsTheirOwnPolicy() {
        WebClient admin = new WebClient(port);
        admin.follow(admin.signIn("admin", "demo"));
        HttpResponse<String> cockpit = admin.follow(admin.get("/camunda/app/cockpit/default/"));

        assertThat(cockpit.statusCode()).isEqualTo(200);
        List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).isNotEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY).contains("nonce-");
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    /** One request over a plain socket (a Host header of our choice); the status line and headers, names in lower case. */
    private Map<String, String> raw(String requestHead) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            headers.put(":status", lines[0].replaceFirst("^HTTP/1.1 ", ""));
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                            (a, c) -> a + "\n" + c);
                }
            }
            return headers;
        }
    }
}
