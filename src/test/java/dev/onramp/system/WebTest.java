package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The web tests' browser: MockMvc on the shared context ({@link OnrampAppTest}), through the real security filter
 * chain, as a person loaded from the app's {@link UserDetailsService} (so {@code @AuthenticationPrincipal
 * OnrampUser} works), with one session per {@link Visitor} (flash messages survive a redirect), forms posted with a
 * valid CSRF token, and pages read with jsoup. Imported by {@link OnrampAppTest}; tests autowire it.
 */
public class WebTest {

    private final MockMvc mvc;
    private final UserDetailsService users;

    public WebTest(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.users = users;
    }

    /** A browser signed in as this person (who must be able to sign in: known, enabled, with a password). */
    public Visitor signedIn(String username) {
        UserDetails person = users.loadUserByUsername(username);
        assertThat(person.isEnabled()).as("sign-in of " + username).isTrue();
        return new Visitor(mvc, person);
    }

    /** A browser nobody signed in to yet; {@link Visitor#signIn} uses the sign-in form. */
    public Visitor signedOut() {
        return new Visitor(mvc, null);
    }

    /** One person's browser: their session, and requests as them. */
    public static final class Visitor {

        private final MockMvc mvc;
        private final UserDetails person;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String remoteAddress = "127.0.0.1";
        private MockHttpSession session = new MockHttpSession();

        private Visitor(MockMvc mvc, UserDetails person) {
            this.mvc = mvc;
            this.person = person;
        }

        /** Sends every further request from this client address (as the server sees it). */
        public Visitor from(String address) {
            this.remoteAddress = address;
            return this;
        }

        /** Sends this header with every further request (a foreign {@code Host}, HTTP Basic credentials…). */
        public Visitor withHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Opens a page as a browser does (asking for HTML). */
        public Page get(String path) {
            return perform(MockMvcRequestBuilders.get(uri(path)).accept(MediaType.TEXT_HTML));
        }

        /** Asks for JSON, as an API client does. */
        public Page getJson(String path) {
            return perform(MockMvcRequestBuilders.get(uri(path)).accept(MediaType.APPLICATION_JSON));
        }

        /** Posts a form with a valid CSRF token. */
        public Page post(String action, Map<String, String> fields) {
            return perform(form(action, fields).with(csrf()));
        }

        /** Opens the form's page, then posts the form from it (with a valid CSRF token). */
        public Page postForm(String formPage, String action, Map<String, String> fields) {
            get(formPage);
            return post(action, fields);
        }

        /**
         * Sends a request built by the test as this person, in their session: any method, body and content type
         * (the fuzz test's wrong content types and oversized bodies). Add {@code csrf()} where it should pass.
         */
        public Page send(MockHttpServletRequestBuilder request) {
            return perform(request);
        }

        /** Posts a form without any CSRF token, as a forged request from another site would. */
        public Page postWithoutCsrf(String action, Map<String, String> fields) {
            return perform(form(action, fields));
        }

        /** Signs in through the sign-in form; answers the response to the form post (a redirect). */
        public Page signIn(String username, String password) {
            RequestBuilder form = formLogin("/login").user(username).password(password).acceptMediaType(MediaType.TEXT_HTML);
            return perform(context -> {
                MockHttpServletRequest request = form.buildRequest(context);
                request.setSession(session);
                request.setRemoteAddr(remoteAddress);
                headers.forEach(request::addHeader);
                return request;
            });
        }

        /** Follows redirects within the app and answers the final page. */
        public Page follow(Page page) {
            Page current = page;
            for (int i = 0; i < 10 && current.status() / 100 == 3; i++) {
                current = get(current.location());
            }
            return current;
        }

        private static MockHttpServletRequestBuilder form(String action, Map<String, String> fields) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(uri(action))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
            fields.forEach((name, value) -> request.param(name, value));
            return request;
        }

        /** A browser encodes a space in a query as {@code +}; MockMvc reads a query without form decoding. */
        private static URI uri(String path) {
            int query = path.indexOf('?');
            return URI.create(query < 0 ? path : path.substring(0, query) + path.substring(query).replace("+", "%20"));
        }

        private Page perform(MockHttpServletRequestBuilder request) {
            request.session(session);
            headers.forEach(request::header);
            request.with(r -> {
                r.setRemoteAddr(remoteAddress);
                return r;
            });
            if (person != null) {
                request.with(user(person));
            }
            return perform((RequestBuilder) request);
        }

        private Page perform(RequestBuilder request) {
            try {
                MvcResult result = mvc.perform(request).andReturn();
                keepSession(result);
                MockHttpServletResponse response = result.getResponse();
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() >= 400 && body.isEmpty()) {
                    body = errorPage(result);
                }
                Map<String, List<String>> headers = new LinkedHashMap<>();
                response.getHeaderNames().forEach(name -> headers.put(name.toLowerCase(Locale.ROOT), response.getHeaders(name)));
                return new Page(response.getStatus(), response.getHeader(HttpHeaders.LOCATION),
                        response.getContentType(), body, headers);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The page the servlet container shows for an error sent without a body (a 403 from Spring Security, a 404
         * from {@link NotFoundException}): its error dispatch to {@code /error}, which MockMvc does not make.
         */
        private String errorPage(MvcResult failed) throws Exception {
            MockHttpServletResponse response = failed.getResponse();
            MockHttpServletRequestBuilder error = MockMvcRequestBuilders.get("/error").accept(MediaType.TEXT_HTML).session(session)
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failed.getRequest().getRequestURI());
            if (response.getErrorMessage() != null) {
                error.requestAttr(RequestDispatcher.ERROR_MESSAGE, response.getErrorMessage());
            }
            if (person != null) {
                error.with(user(person));
            }
            MvcResult result = mvc.perform(error).andReturn();
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }

        private void keepSession(MvcResult result) {
            HttpSession current = result.getRequest().getSession(false);
            if (current instanceof MockHttpSession mock && !mock.isInvalid()) {
                session = mock;
            } else if (session.isInvalid()) {
                session = new MockHttpSession();
            }
        }
    }

    /** A response: status, redirect target, and the HTML read with jsoup. */
    public static final class Page {

        private final int status;
        private final String location;
        private final String contentType;
        private final String html;
        private final Map<String, List<String>> headers;
        private Document document;

        Page(int status, String location, String contentType, String html, Map<String, List<String>> headers) {
            this.status = status;
            this.location = location;
            this.contentType = contentType;
            this.html = html;
            this.headers = headers;
        }

        public int status() {
            return status;
        }

        /** Where a redirect points, as a path within the app (scheme and host dropped). */
        public String location() {
            assertThat(location).as("a redirect (status " + status + ")").isNotNull();
            return location.replaceFirst("^https?://[^/]+", "");
        }

        public String contentType() {
            return contentType;
        }

        /** A response header as sent (the first value), or null. */
        public String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        /**
         * The body as sent: JSON; or HTML when a test is about the markup itself (escaping) or about what must never
         * be sent at all, even in an attribute or a hidden field (another interviewer's feedback).
         */
        public String html() {
            return html;
        }

        public Document document() {
            if (document == null) {
                document = Jsoup.parse(html);
            }
            return document;
        }

        /** The text a reader sees on the page (whitespace normalised). */
        public String text() {
            return document().text();
        }

        public Elements select(String css) {
            return document().select(css);
        }

        /** The one element this selector finds; fails when there is none or more than one. */
        public Element one(String css) {
            Elements found = select(css);
            assertThat(found).as(css).hasSize(1);
            return found.first();
        }

        /** The text of the one element this selector finds. */
        public String text(String css) {
            return one(css).text();
        }

        /** The value of the one form field this selector finds (an input's value, a text area's text). */
        public String value(String css) {
            return one(css).val();
        }

        /** The text of the selected option of the one select box this selector finds. */
        public String selected(String css) {
            return one(css + " option[selected]").text();
        }

        /** Whether the one radio button or check box this selector finds is checked. */
        public boolean checked(String css) {
            return one(css).hasAttr("checked");
        }

        /** Where the page's links lead, in page order. */
        public List<String> links() {
            return select("a[href]").eachAttr("href");
        }

        /** The flash messages at the top of the page (what was just done, or why not). */
        public String flash() {
            return String.join(" ", texts("main > .flash"));
        }

        public boolean has(String css) {
            return !select(css).isEmpty();
        }

        /** The texts of every element this selector finds, in page order. */
        public List<String> texts(String css) {
            return select(css).eachText();
        }
    }
}
