package dev.onramp.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins read the outbox at /admin/mail: what was queued, its content as text, attachments, retries. */
@OnrampAppTest
class MailAdminPageTest {

    @Autowired
    WebTest web;

    @Autowired
    Outbox outbox;

    private long queued(String subject, String html) {
        String key = OutboxTest.key();
        outbox.enqueue(new MailMessage(key, List.of("ada@example.com"), subject, "Plain " + subject, html,
                List.of(new MailMessage.Attachment("invite.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))));
        return outbox.findByKey(key).orElseThrow().id();
    }

    @Test
    void shouldListTheOutboxAndShowAMessageAsTextForAnAdmin() {
        long id = queued("Interview <img src=x onerror=alert(1)> O'Brien-Łukasiewicz", "<p onclick=\"x()\">Hi</p>");
        Visitor admin = web.signedIn("admin");

        Page list = admin.get("/admin/mail");
        assertThat(list.text("#mail-" + id + " a")).isEqualTo("Interview <img src=x onerror=alert(1)> O'Brien-Łukasiewicz");
        assertThat(list.select("#mail-" + id + " img")).isEmpty();
        assertThat(list.text("#mail-server")).contains("No mail server is configured");

        Page page = admin.get("/admin/mail/" + id);
        assertThat(page.text("#mail-recipients")).isEqualTo("ada@example.com");
        assertThat(page.text("#mail-status")).isEqualTo("Waiting");
        assertThat(page.text("#mail-text")).startsWith("Plain Interview");
        assertThat(page.text("#mail-html")).isEqualTo("<p onclick=\"x()\">Hi</p>");
        assertThat(page.select("p[onclick]")).isEmpty();
        String link = page.one("#mail-attachments a").attr("href");

        Page attachment = admin.get(link);
        assertThat(attachment.contentType()).startsWith("text/calendar");
        assertThat(attachment.html()).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void shouldFilterByStatusAndIgnoreAnUnknownStatus() {
        long id = queued("Filtered", null);
        Visitor admin = web.signedIn("admin");
        assertThat(admin.get("/admin/mail?status=sent").has("#mail-" + id)).isFalse();
        assertThat(admin.get("/admin/mail?status=%3Cscript%3E").has("#mail-" + id)).isTrue();
    }

    @Test
    void shouldKeepTheOutboxFromEveryoneButAdmins() {
        long id = queued("Private", null);
        for (String who : List.of("rita", "hank", "ivan", "cora")) {
            Visitor someone = web.signedIn(who);
            assertThat(someone.get("/admin/mail").status()).as(who).isEqualTo(403);
            assertThat(someone.get("/admin/mail/" + id).status()).as(who).isEqualTo(403);
            assertThat(someone.post("/admin/mail/" + id + "/retry", Map.of()).status()).as(who).isEqualTo(403);
        }
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownMessageOrAttachment() {
        long id = queued("Known", null);
        Visitor admin = web.signedIn("admin");
        assertThat(admin.get("/admin/mail/999999999").status()).isEqualTo(404);
        assertThat(admin.get("/admin/mail/" + id + "/attachments/999999999").status()).isEqualTo(404);
        assertThat(admin.get("/admin/mail/abc").status()).isEqualTo(400);
    }

    @Test
    void shouldSayWhenAMessageCannotBeSentAgain() {
        long id = queued("Still waiting", null);
        Visitor admin = web.signedIn("admin");
        Page retried = admin.post("/admin/mail/" + id + "/retry", Map.of());
        assertThat(retried.status()).isEqualTo(302);
        assertThat(admin.follow(retried).flash()).contains("Only a message that was given up can be sent again.");
        assertThat(outbox.get(id).status()).isEqualTo(OutboxEntry.Status.PENDING);
    }
}
