package dev.onramp.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.mail.Outbox;
import dev.onramp.mail.OutboxEntry;
import dev.onramp.system.OnrampAppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The new hire gets their password link by e-mail: a full URL from the configured base URL, the name as text. */
@OnrampAppTest
class PasswordMailTest {

    static final String NAME = "<img src=x onerror=alert(1)> O'Brien-Łukasiewicz";

    @Autowired
    PasswordMail mail;

    @Autowired
    Outbox outbox;

    @Value("${onramp.base-url}")
    String baseUrl;

    @Test
    void shouldQueueTheLinkAsAFullUrlWithTheNameEscaped() {
        long personId = 900_000L + (System.nanoTime() % 99_999);
        mail.send(personId, NAME, "obrien@example.com", "/password/abc-DEF_123");
        mail.send(personId, NAME, "obrien@example.com", "/password/abc-DEF_123");

        OutboxEntry entry = outbox.findByKey("password-link-" + personId).orElseThrow();
        assertThat(entry.recipients()).containsExactly("obrien@example.com");
        assertThat(entry.subject()).isEqualTo("Welcome to Onramp, " + NAME + ": set your password");
        String url = baseUrl.replaceAll("/+$", "") + "/password/abc-DEF_123";
        assertThat(url).startsWith("http");
        assertThat(entry.text()).contains(url).contains("Hello " + NAME + ",").contains("for 14 days");
        Document html = Jsoup.parse(entry.html());
        assertThat(html.select("a[href]").attr("href")).isEqualTo(url);
        assertThat(html.select("img")).isEmpty();
        assertThat(html.text()).contains("Hello " + NAME + ",");
        assertThat(entry.html()).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void shouldQueueNothingForAnAddressThatIsNotOne() {
        long personId = 800_000L + (System.nanoTime() % 99_999);
        mail.send(personId, NAME, "not an address", "/password/x");
        assertThat(outbox.findByKey("password-link-" + personId)).isEmpty();
    }
}
