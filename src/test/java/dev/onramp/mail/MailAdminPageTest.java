package dev.onramp.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.onramp.system.OnrampAppTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Admins read the outbox at /admin/mail: what was queued, its content as text, attachments, retries. */
@OnrampAppTest
class MailAdminPageTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    Outbox outbox;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long queued(String subject, String html) {
        String key = OutboxTest.key();
        outbox.enqueue(new MailMessage(key, List.of("ada@example.com"), subject, "Plain " + subject, html,
                List.of(new MailMessage.Attachment("invite.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))));
        return outbox.findByKey(key).orElseThrow().id();
    }

    @Test
    void shouldListTheOutboxAndShowAMessageAsTextForAnAdmin() throws Exception {
        long id = queued("Interview <img src=x onerror=alert(1)> O'Brien-Łukasiewicz", "<p onclick=\"x()\">Hi</p>");

        Document list = Jsoup.parse(mvc.perform(get("/admin/mail").with(as("admin"))).andReturn().getResponse().getContentAsString());
        assertThat(list.select("#mail-" + id + " a").text()).isEqualTo("Interview <img src=x onerror=alert(1)> O'Brien-Łukasiewicz");
        assertThat(list.select("#mail-" + id + " img")).isEmpty();
        assertThat(list.select("#mail-server").text()).contains("No mail server is configured");

        Document page = Jsoup.parse(mvc.perform(get("/admin/mail/" + id).with(as("admin"))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#mail-recipients").text()).isEqualTo("ada@example.com");
        assertThat(page.select("#mail-status").text()).isEqualTo("Waiting");
        assertThat(page.select("#mail-text").text()).startsWith("Plain Interview");
        assertThat(page.select("#mail-html").text()).isEqualTo("<p onclick=\"x()\">Hi</p>");
        assertThat(page.select("p[onclick]")).isEmpty();
        String link = page.select("#mail-attachments a").attr("href");

        MvcResult attachment = mvc.perform(get(link).with(as("admin"))).andReturn();
        assertThat(attachment.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(attachment.getResponse().getHeader("Content-Disposition")).contains("invite.ics");
        assertThat(attachment.getResponse().getContentAsString()).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void shouldFilterByStatusAndIgnoreAnUnknownStatus() throws Exception {
        long id = queued("Filtered", null);
        Document sent = Jsoup.parse(mvc.perform(get("/admin/mail?status=sent").with(as("admin"))).andReturn().getResponse().getContentAsString());
        assertThat(sent.select("#mail-" + id)).isEmpty();
        Document any = Jsoup.parse(mvc.perform(get("/admin/mail?status=<script>").with(as("admin"))).andReturn().getResponse().getContentAsString());
        assertThat(any.select("#mail-" + id)).hasSize(1);
    }

    @Test
    void shouldKeepTheOutboxFromEveryoneButAdmins() throws Exception {
        long id = queued("Private", null);
        for (String who : List.of("rita", "hank", "ivan", "cora")) {
            assertThat(mvc.perform(get("/admin/mail").with(as(who))).andReturn().getResponse().getStatus()).as(who).isEqualTo(403);
            assertThat(mvc.perform(get("/admin/mail/" + id).with(as(who))).andReturn().getResponse().getStatus()).as(who).isEqualTo(403);
            assertThat(mvc.perform(post("/admin/mail/" + id + "/retry").with(as(who)).with(csrf())).andReturn().getResponse().getStatus())
                    .as(who).isEqualTo(403);
        }
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownMessageOrAttachment() throws Exception {
        long id = queued("Known", null);
        assertThat(mvc.perform(get("/admin/mail/999999999").with(as("admin"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/mail/" + id + "/attachments/999999999").with(as("admin"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/admin/mail/abc").with(as("admin"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void shouldSayWhenAMessageCannotBeSentAgain() throws Exception {
        long id = queued("Still waiting", null);
        MvcResult retried = mvc.perform(post("/admin/mail/" + id + "/retry").with(as("admin")).with(csrf())).andReturn();
        assertThat(retried.getResponse().getStatus()).isEqualTo(302);
        assertThat(retried.getFlashMap().get("flashError")).isEqualTo("mail.notRetried");
        assertThat(outbox.get(id).status()).isEqualTo(OutboxEntry.Status.PENDING);
    }
}
