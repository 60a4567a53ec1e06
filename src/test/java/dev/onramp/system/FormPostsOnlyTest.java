package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.onramp.system.WebTest.Visitor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Form routes take form posts only (415 otherwise), and none over 1 MB (413, before the CSRF check reads it). */
@OnrampAppTest
class FormPostsOnlyTest {

    @Autowired
    WebTest web;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRefuseAJsonTextOrXmlBodyToAFormWithA415AndChangeNothing() {
        Visitor rita = web.signedIn("rita");
        long before = requisitions();

        for (MediaType type : new MediaType[] {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML,
                MediaType.MULTIPART_FORM_DATA}) {
            assertThat(rita.send(body("/requisitions", type, "{\"title\":\"Sneaky\",\"openings\":1}")).status())
                    .as(type.toString()).isEqualTo(415);
        }

        assertThat(requisitions()).isEqualTo(before);
    }

    @Test
    void shouldRefuseABodyWithoutAContentTypeAndStillTakeAForm() {
        Visitor rita = web.signedIn("rita");

        assertThat(rita.send(body("/notifications/read", null, "x=1")).status()).isEqualTo(415);
        assertThat(rita.post("/notifications/read", Map.of()).status()).isEqualTo(302);
        assertThat(rita.send(body("/notifications/read", MediaType.parseMediaType("application/x-www-form-urlencoded;charset=UTF-8"),
                "x=1")).status()).isEqualTo(302);
    }

    @Test
    void shouldAnswerABodyOverOneMegabyteWith413NotWith403() {
        Visitor rita = web.signedIn("rita");
        String big = "reason=" + "x".repeat(3 * 1024 * 1024);

        assertThat(rita.send(body("/requisitions", MediaType.APPLICATION_FORM_URLENCODED, big)).status()).isEqualTo(413);
        assertThat(rita.send(MockMvcRequestBuilders.post("/requisitions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(big.getBytes(StandardCharsets.UTF_8))).status()).as("without a CSRF token too").isEqualTo(413);
        assertThat(web.signedOut().send(MockMvcRequestBuilders.post("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(big.getBytes(StandardCharsets.UTF_8))).status()).as("signed out").isEqualTo(413);
    }

    @Test
    void shouldTakeAFormOfExactlyOneMegabyte() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/requisitions");
        request.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        request.setContent(new byte[(int) FormPostsOnly.MAX_BYTES]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] passed = {false};

        new FormPostsOnly().doFilter(request, response, (req, res) -> passed[0] = true);

        assertThat(passed[0]).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void shouldLeaveTheEngineApiAndCamundasWebAppsTheirJson() {
        Visitor admin = web.signedIn("admin");

        assertThat(admin.send(body("/engine-rest/process-definition", MediaType.APPLICATION_JSON, "{}")).status())
                .isNotEqualTo(415);
        assertThat(admin.send(body("/camunda/api/engine/engine/default/process-definition", MediaType.APPLICATION_JSON,
                "{}")).status()).isNotEqualTo(415);
    }

    private static MockHttpServletRequestBuilder body(String path, MediaType type, String content) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).accept(MediaType.TEXT_HTML)
                .content(content.getBytes(StandardCharsets.UTF_8)).with(csrf());
        return type == null ? request : request.contentType(type);
    }

    private long requisitions() {
        return jdbc.sql("SELECT COUNT(*) FROM requisition").query(Long.class).single();
    }
}
